/**
 * Survey rounds (lấy ý kiến sự hài lòng) of a commune: opened by the commune's Front for a purpose (the
 * tier the ballot is for), with the rule set that applies on its start date and the ballot's items
 * (one per criterion of the set, or given); then hamlets and their paper tallies, closing (results
 * final) and publishing (the posting record). Every write is audited in its transaction.
 */
import { randomBytes } from 'node:crypto';
import { surveyRules } from '../../catalog/surveys/index.js';
import { surveyRepository } from '../../db/repositories/survey.repository.js';
import { type ErrorIssue, invalid, notFound } from '../../domain/errors.js';
import { purposeOf, ruleSetOn, type SurveyItem } from '../../domain/survey/survey-rules.schema.js';
import { getSet } from '../catalog.service.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { getUnit } from '../unit.service.js';
import { authorizeSurvey, loadRound, roundNotOpen, roundStale } from './survey-access.js';
import { type TallyInput, tallyIssues, throwIfIssues } from './survey-input.js';

export interface RoundInput {
  unitCode: string;
  purpose: string;
  year: number;
  startsOn: string;
  forms: string[];
  /** null/absent = the purpose's items (one per criterion of its set). */
  items?: SurveyItem[] | null | undefined;
  hamlets: { name: string; households: number }[];
  note?: string | null | undefined;
  demo?: boolean | undefined;
}

const issue = (path: string, vi: string, en: string): ErrorIssue => ({ path, message: `${vi} / ${en}` });
const bad = (issues: ErrorIssue[]) =>
  invalid('survey.invalid', { vi: 'Thông tin đợt lấy ý kiến chưa hợp lệ', en: 'The survey round is not valid' }, issues);
export const newToken = () => randomBytes(16).toString('base64url');

async function itemsFor(ctx: ServiceContext, input: RoundInput) {
  const rule = ruleSetOn(surveyRules(), input.startsOn);
  if (!rule) throw bad([issue('startsOn', 'Không có quy định lấy ý kiến áp dụng cho ngày này', 'No survey rule applies on this date')]);
  const purpose = purposeOf(rule, input.purpose);
  if (!purpose)
    throw bad([
      issue(
        'purpose',
        `${rule.name} không có phiếu cho danh hiệu này (có: ${rule.purposes.map((p) => p.tier).join(', ')})`,
        `${rule.name} has no ballot for this tier (has: ${rule.purposes.map((p) => p.tier).join(', ')})`,
      ),
    ]);
  if (input.items && input.items.length > 0) return { rule, setCode: null, items: input.items };
  if (purpose.items) return { rule, setCode: null, items: purpose.items };
  if (!purpose.itemsFromSet)
    throw bad([
      issue(
        'items',
        'Quy định này không nêu nội dung phiếu: hãy nhập các nội dung của phiếu',
        'This rule names no ballot items: give them',
      ),
    ]);
  const set = await getSet(ctx, purpose.itemsFromSet);
  return { rule, setCode: set.code, items: set.criteria.map((c) => ({ code: String(c.number), text: c.name })) };
}

function roundIssues(input: RoundInput, items: SurveyItem[]): ErrorIssue[] {
  const out: ErrorIssue[] = [];
  const forms = surveyRules().forms.map((f) => f.code);
  input.forms.forEach((f, i) => {
    if (!forms.includes(f)) out.push(issue(`forms.${i}`, `Không có hình thức "${f}"`, `No survey form "${f}"`));
  });
  const names = new Set<string>();
  input.hamlets.forEach((h, i) => {
    if (names.has(h.name)) out.push(issue(`hamlets.${i}.name`, `Thôn "${h.name}" ghi hai lần`, `Hamlet "${h.name}" given twice`));
    names.add(h.name);
  });
  const codes = new Set<string>();
  items.forEach((it, i) => {
    if (codes.has(it.code)) out.push(issue(`items.${i}.code`, `Nội dung "${it.code}" ghi hai lần`, `Item "${it.code}" given twice`));
    codes.add(it.code);
  });
  if (input.year < Number(input.startsOn.slice(0, 4)) - 1 || input.year > Number(input.startsOn.slice(0, 4)) + 1)
    out.push(issue('year', 'Năm đề nghị công nhận cách xa ngày lấy ý kiến', 'The recognition year is far from the survey date'));
  return out;
}

export async function createRound(ctx: ServiceContext, input: RoundInput) {
  const unit = await getUnit(ctx, input.unitCode);
  await authorizeSurvey(ctx, 'surveys.write', unit.code);
  if (unit.kind !== 'commune') throw bad([issue('unitCode', 'Chỉ lấy ý kiến ở xã', 'Surveys are held in communes only')]);
  const { rule, setCode, items } = await itemsFor(ctx, input);
  const issues = roundIssues(input, items);
  if (issues.length > 0) throw bad(issues);
  const id = newId();
  const now = ctx.now();
  await inTransaction(
    ctx,
    async (trx) => {
      await surveyRepository.insertRound(trx, {
        id,
        unitCode: unit.code,
        purpose: input.purpose,
        ruleCode: rule.code,
        setCode,
        year: input.year,
        startsOn: input.startsOn,
        endsOn: null,
        forms: JSON.stringify(input.forms),
        items: JSON.stringify(items),
        state: 'open',
        closedAt: null,
        closedBy: null,
        publishedOn: null,
        publishedPlace: null,
        publishedChannel: null,
        note: input.note ?? null,
        demo: input.demo ? 1 : 0,
        version: 1,
        createdBy: ctx.actor.id,
        createdAt: now,
        updatedAt: now,
      });
      for (const [i, h] of input.hamlets.entries()) {
        await surveyRepository.insertHamlet(trx, {
          id: newId(),
          roundId: id,
          position: i + 1,
          name: h.name,
          households: h.households,
          ballotsIssued: 0,
          paperReturned: 0,
          token: newToken(),
          version: 1,
        });
      }
      await audit(ctx, trx, [
        {
          action: 'survey.create',
          entityType: 'survey_round',
          entityId: id,
          unitCode: unit.code,
          after: { ...input, ruleCode: rule.code, items },
        },
      ]);
    },
    'none',
  );
  return { id };
}

export async function addHamlet(ctx: ServiceContext, roundId: string, input: { name: string; households: number }) {
  const round = await loadRound(ctx, roundId, 'surveys.write');
  if (round.state !== 'open') throw roundNotOpen(round.state);
  const hamlets = await surveyRepository.hamlets(ctx.database.db, roundId);
  if (hamlets.some((h) => h.name === input.name)) throw bad([issue('name', `Thôn "${input.name}" đã có`, `Hamlet "${input.name}" exists`)]);
  const id = newId();
  await inTransaction(
    ctx,
    async (trx) => {
      await surveyRepository.insertHamlet(trx, {
        id,
        roundId,
        position: hamlets.length + 1,
        name: input.name,
        households: input.households,
        ballotsIssued: 0,
        paperReturned: 0,
        token: newToken(),
        version: 1,
      });
      await audit(ctx, trx, [
        { action: 'survey.hamlet', entityType: 'survey_hamlet', entityId: id, unitCode: round.unitCode, after: input },
      ]);
    },
    'none',
  );
  return { id };
}

/** The hamlet's figures typed from the paper tally sheet (households, ballots issued and returned, per item). */
export async function saveTally(ctx: ServiceContext, roundId: string, hamletId: string, input: TallyInput & { expectedVersion: number }) {
  const round = await loadRound(ctx, roundId, 'surveys.write');
  if (round.state !== 'open') throw roundNotOpen(round.state);
  const hamlet = await surveyRepository.hamlet(ctx.database.db, hamletId);
  if (!hamlet || hamlet.roundId !== roundId) throw hamletNotFound();
  const ballots = (await surveyRepository.ballots(ctx.database.db, roundId)).filter((b) => b.hamletId === hamletId);
  const entered = { phone: ballots.filter((b) => b.channel === 'phone').length, qr: ballots.filter((b) => b.channel === 'qr').length };
  const codes = (JSON.parse(round.items) as SurveyItem[]).map((i) => i.code);
  throwIfIssues(tallyIssues(input, entered, codes));
  await inTransaction(
    ctx,
    async (trx) => {
      const ok = await surveyRepository.updateHamlet(trx, hamletId, input.expectedVersion, {
        households: input.households,
        ballotsIssued: input.ballotsIssued,
        paperReturned: input.paperReturned,
      });
      if (!ok) throw roundStale(Number(hamlet.version));
      await surveyRepository.replaceTallies(
        trx,
        hamletId,
        input.items.map((i) => ({ hamletId, itemCode: i.code, satisfied: i.satisfied, notSatisfied: i.notSatisfied })),
      );
      await audit(ctx, trx, [
        {
          action: 'survey.tally',
          entityType: 'survey_hamlet',
          entityId: hamletId,
          unitCode: round.unitCode,
          before: { households: hamlet.households, ballotsIssued: hamlet.ballotsIssued, paperReturned: hamlet.paperReturned },
          after: input,
        },
      ]);
    },
    'none',
  );
  return { id: hamletId, version: input.expectedVersion + 1 };
}

export const hamletNotFound = () =>
  notFound('survey.hamlet_not_found', { vi: 'Không có thôn này trong đợt lấy ý kiến', en: 'No such hamlet in this round' });

/** Results final: no more entry. `endsOn` is the day the results were compiled. */
export async function closeRound(ctx: ServiceContext, roundId: string, input: { endsOn: string; expectedVersion: number }) {
  const round = await loadRound(ctx, roundId, 'surveys.write');
  if (round.state !== 'open') throw roundNotOpen(round.state);
  if (input.endsOn < round.startsOn)
    throw bad([
      issue('endsOn', 'Ngày tổng hợp kết quả trước ngày bắt đầu lấy ý kiến', 'The results are compiled before the survey started'),
    ]);
  await moveState(ctx, round, input.expectedVersion, 'survey.close', {
    state: 'closed',
    endsOn: input.endsOn,
    closedAt: ctx.now(),
    closedBy: ctx.actor.id,
  });
  return { id: roundId, state: 'closed' as const };
}

/** The posting record of the results (date, place, channel). */
export async function publishRound(
  ctx: ServiceContext,
  roundId: string,
  input: { publishedOn: string; place: string; channel: string; expectedVersion: number },
) {
  const round = await loadRound(ctx, roundId, 'surveys.write');
  if (round.state !== 'closed') throw roundNotOpen(round.state === 'open' ? 'open' : round.state);
  if (round.endsOn && input.publishedOn < round.endsOn)
    throw bad([issue('publishedOn', 'Ngày niêm yết trước ngày tổng hợp kết quả', 'Published before the results were compiled')]);
  await moveState(ctx, round, input.expectedVersion, 'survey.publish', {
    state: 'published',
    publishedOn: input.publishedOn,
    publishedPlace: input.place,
    publishedChannel: input.channel,
  });
  return { id: roundId, state: 'published' as const };
}

async function moveState(
  ctx: ServiceContext,
  round: { id: string; unitCode: string; state: string; version: number },
  expectedVersion: number,
  action: string,
  patch: Parameters<typeof surveyRepository.updateRound>[3],
) {
  await inTransaction(
    ctx,
    async (trx) => {
      if (!(await surveyRepository.updateRound(trx, round.id, expectedVersion, { ...patch, updatedAt: ctx.now() })))
        throw roundStale(Number(round.version));
      await audit(ctx, trx, [
        { action, entityType: 'survey_round', entityId: round.id, unitCode: round.unitCode, before: { state: round.state }, after: patch },
      ]);
    },
    'none',
  );
}
