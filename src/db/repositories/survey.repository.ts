/** Survey rounds, their hamlets, paper tallies, ballots and one-time codes (hashes only). */
import type { Executor } from '../database.js';
import type { SurveyBallotTable, SurveyCodeTable, SurveyHamletTable, SurveyRoundTable, SurveyTallyTable } from '../schema-survey.js';

type RoundPatch = Partial<Omit<SurveyRoundTable, 'id' | 'version' | 'unitCode' | 'createdBy' | 'createdAt'>>;
type HamletPatch = Partial<Pick<SurveyHamletTable, 'name' | 'households' | 'ballotsIssued' | 'paperReturned'>>;

export const surveyRepository = {
  async insertRound(ex: Executor, row: SurveyRoundTable) {
    await ex.insertInto('surveyRound').values(row).execute();
  },

  round: (ex: Executor, id: string) => ex.selectFrom('surveyRound').selectAll().where('id', '=', id).executeTakeFirst(),

  roundsOf: (ex: Executor, unitCode: string) =>
    ex
      .selectFrom('surveyRound')
      .selectAll()
      .where('unitCode', '=', unitCode)
      .orderBy('startsOn', 'desc')
      .orderBy('createdAt', 'desc')
      .execute(),

  /** Closed or published rounds for the purpose whose results were compiled on or before `asOf`, latest first. */
  finishedRounds: (ex: Executor, unitCode: string, purpose: string, asOf: string) =>
    ex
      .selectFrom('surveyRound')
      .selectAll()
      .where('unitCode', '=', unitCode)
      .where('purpose', '=', purpose)
      .where('state', 'in', ['closed', 'published'])
      .where('endsOn', '<=', asOf)
      .orderBy('endsOn', 'desc')
      .orderBy('createdAt', 'desc')
      .execute(),

  async updateRound(ex: Executor, id: string, version: number, patch: RoundPatch) {
    const r = await ex
      .updateTable('surveyRound')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async insertHamlet(ex: Executor, row: SurveyHamletTable) {
    await ex.insertInto('surveyHamlet').values(row).execute();
  },

  hamlets: (ex: Executor, roundId: string) =>
    ex.selectFrom('surveyHamlet').selectAll().where('roundId', '=', roundId).orderBy('position').execute(),

  hamlet: (ex: Executor, id: string) => ex.selectFrom('surveyHamlet').selectAll().where('id', '=', id).executeTakeFirst(),

  hamletByToken: (ex: Executor, token: string) => ex.selectFrom('surveyHamlet').selectAll().where('token', '=', token).executeTakeFirst(),

  async updateHamlet(ex: Executor, id: string, version: number, patch: HamletPatch) {
    const r = await ex
      .updateTable('surveyHamlet')
      .set({ ...patch, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async replaceTallies(ex: Executor, hamletId: string, rows: SurveyTallyTable[]) {
    await ex.deleteFrom('surveyTally').where('hamletId', '=', hamletId).execute();
    if (rows.length > 0) await ex.insertInto('surveyTally').values(rows).execute();
  },

  tallies: (ex: Executor, hamletIds: readonly string[]) =>
    hamletIds.length === 0 ? Promise.resolve([]) : ex.selectFrom('surveyTally').selectAll().where('hamletId', 'in', hamletIds).execute(),

  async insertBallot(ex: Executor, row: SurveyBallotTable) {
    await ex.insertInto('surveyBallot').values(row).execute();
  },

  ballots: (ex: Executor, roundId: string) =>
    ex.selectFrom('surveyBallot').select(['hamletId', 'channel', 'answers']).where('roundId', '=', roundId).execute(),

  async countBallots(ex: Executor, hamletId: string) {
    const r = await ex
      .selectFrom('surveyBallot')
      .select((e) => e.fn.countAll().as('n'))
      .where('hamletId', '=', hamletId)
      .executeTakeFirst();
    return Number(r?.n ?? 0);
  },

  async insertCodes(ex: Executor, rows: SurveyCodeTable[]) {
    for (let i = 0; i < rows.length; i += 200)
      await ex
        .insertInto('surveyCode')
        .values(rows.slice(i, i + 200))
        .execute();
  },

  code: (ex: Executor, hash: string) => ex.selectFrom('surveyCode').selectAll().where('codeHash', '=', hash).executeTakeFirst(),

  /** Marks an unused code used; false when it was already used (a concurrent second use loses). */
  async useCode(ex: Executor, id: string) {
    const r = await ex.updateTable('surveyCode').set({ used: 1 }).where('id', '=', id).where('used', '=', 0).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async codeCounts(ex: Executor, hamletIds: readonly string[]) {
    if (hamletIds.length === 0) return [];
    const rows = await ex
      .selectFrom('surveyCode')
      .select((e) => ['hamletId', e.fn.countAll().as('total'), e.fn.sum<number>('used').as('used')])
      .where('hamletId', 'in', hamletIds)
      .groupBy('hamletId')
      .execute();
    return rows.map((r) => ({ hamletId: r.hamletId, total: Number(r.total), used: Number(r.used ?? 0) }));
  },
};
