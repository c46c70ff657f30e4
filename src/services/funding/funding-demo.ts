/**
 * Seeds the Krông Nô 2022 demo money (catalog/demo/krong-no-2022-funding.json): the district's approved
 * plan, its lines and disbursements, twelve works with acceptances and one settlement — every row demo = 1,
 * in one audited transaction — then Nam Xuân's 2023 recognition dossier, whose debt condition the unpaid
 * road fails. Idempotent: a plan already there is left alone, so a database seeded earlier is only topped up.
 * Through W's and M's repositories inside the demo's transaction; a database without the works and
 * allocation tables (an older migration state) is left alone.
 */
import { krongNoDemoFunding } from '../../catalog/index.js';
import type { Executor } from '../../db/database.js';
import { allocationRepository } from '../../db/repositories/allocation.repository.js';
import { disbursementRepository } from '../../db/repositories/disbursement.repository.js';
import { dossierRepository } from '../../db/repositories/dossier.repository.js';
import { userRepository } from '../../db/repositories/user.repository.js';
import { workRepository } from '../../db/repositories/work.repository.js';
import { normalizeForSearch } from '../../domain/text/vietnamese.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { startDossier } from '../dossier/dossier.service.js';

export interface DemoFundingOptions {
  /** false: leave the demo money out (a test that plans Krông Nô's 2022 itself). */
  funding?: boolean | undefined;
}

export interface FundingDemoLoad {
  /** False when the tables are not there (seams not merged) or the plan was already seeded. */
  seeded: boolean;
  works: number;
  lines: number;
  disbursements: number;
  /** The id of Nam Xuân's demo dossier (new or found), null when not seeded. */
  dossierId: string | null;
}

const DEMO = 'Dữ liệu minh họa (demo)';
const TABLES = [
  'work',
  'work_commune',
  'work_criterion',
  'work_funding_plan',
  'work_acceptance',
  'allocation',
  'allocation_line',
  'disbursement',
];

/** Whether the S2/S3 migrations have run on this database. */
export async function fundingTablesExist(ex: Executor): Promise<boolean> {
  const names = new Set((await ex.introspection.getTables()).map((t) => t.name));
  return TABLES.every((t) => names.has(t));
}

async function userId(ex: Executor, username: string, fallback: string) {
  return (await userRepository.byUsername(ex, username))?.id ?? fallback;
}

/** Inserts the demo plan, works and payments when the district's demo plan for the year is missing. */
async function seedRows(ctx: ServiceContext, ex: Executor) {
  const d = krongNoDemoFunding();
  const a = d.allocation;
  if (await allocationRepository.ofUnitYear(ex, a.unitCode, a.year)) return null;
  const now = ctx.now();
  const office = await userId(ex, a.createdBy, ctx.actor.id);
  const leader = await userId(ex, a.approvedBy, ctx.actor.id);
  const stamp = { createdAt: now, createdBy: office, updatedAt: now, updatedBy: office };
  const workIds = new Map<string, string>();
  for (const w of d.works) {
    const id = newId();
    workIds.set(w.code, id);
    const s = w.settlement;
    await workRepository.insert(ex, {
      id,
      code: w.code,
      name: w.name,
      nameSearch: normalizeForSearch(w.name),
      kindCode: w.kind,
      areaUnitCode: a.unitCode,
      investor: w.investor,
      approvedTotal: w.approvedTotal,
      approvalNumber: null,
      approvalDate: null,
      contractValue: w.contractValue,
      plannedStart: w.plannedStart,
      plannedEnd: w.plannedEnd,
      startedOn: w.startedOn ?? null,
      completedOn: w.completedOn ?? null,
      componentCode: null,
      communityBuilt: w.communityBuilt ? 1 : 0,
      settledOn: s?.settledOn ?? null,
      settledValue: s?.settledValue ?? null,
      settlementNumber: s?.settlementNumber ?? null,
      demo: 1,
      note: w.note ?? DEMO,
      version: 1,
      ...stamp,
    });
    await workRepository.replaceCommunes(ex, id, w.communes);
    await workRepository.replaceCriteria(
      ex,
      id,
      w.criteria.map((n) => ({ id: newId(), workId: id, setCode: d.setCode, criterionNumber: n, indicatorCode: null })),
    );
    await workRepository.replaceFundingPlan(
      ex,
      id,
      w.fundingPlan.map((p) => ({ workId: id, sourceCode: p.source, year: p.year, amount: p.amount })),
    );
    for (const acc of w.acceptances)
      await workRepository.insertAcceptance(ex, {
        id: newId(),
        workId: id,
        acceptedOn: acc.acceptedOn,
        amount: acc.amount,
        sourceCode: null,
        document: acc.document,
        fileId: null,
        note: DEMO,
        createdAt: now,
        createdBy: office,
      });
  }
  const allocationId = newId();
  const history = [
    { from: 'draft', to: 'submitted', at: `${a.submittedOn}T08:00:00.000Z`, by: office, note: DEMO },
    { from: 'submitted', to: 'approved', at: `${a.approvedOn}T08:00:00.000Z`, by: leader, note: DEMO },
  ];
  await allocationRepository.insert(ex, {
    id: allocationId,
    unitCode: a.unitCode,
    year: a.year,
    status: 'approved',
    decisionNumber: a.decisionNumber,
    decisionDate: a.decisionDate,
    decisionSigner: a.decisionSigner,
    history: JSON.stringify(history),
    demo: 1,
    version: 3,
    ...stamp,
    updatedBy: leader,
    approvedAt: `${a.approvedOn}T08:00:00.000Z`,
    approvedBy: leader,
  });
  const lines = d.lines.map((l) => ({
    id: newId(),
    allocationId,
    adjustmentId: null,
    sourceCode: l.source,
    programmeName: l.programmeName ?? null,
    componentCode: null,
    communeCode: l.commune,
    workId: l.work ? (workIds.get(l.work) ?? null) : null,
    setCode: l.criterion === null ? null : d.setCode,
    criterionNumber: l.criterion,
    amount: l.amount,
    note: l.note ?? null,
    version: 1,
    ...stamp,
  }));
  await allocationRepository.insertLines(ex, lines);
  let disbursements = 0;
  for (const [i, l] of d.lines.entries())
    for (const p of l.disbursements) {
      disbursements++;
      await disbursementRepository.insert(ex, {
        id: newId(),
        allocationLineId: lines[i]?.id ?? '',
        paidOn: p.paidOn,
        amount: p.amount,
        reversalOf: null,
        document: p.document,
        fileId: null,
        note: DEMO,
        demo: 1,
        createdAt: now,
        createdBy: office,
      });
    }
  await audit(ctx, ex, [
    {
      action: 'funding.demo_seeded',
      entityType: 'allocation',
      entityId: allocationId,
      unitCode: a.unitCode,
      after: { year: a.year, works: d.works.length, lines: d.lines.length, disbursements, demo: true },
    },
  ]);
  return { works: d.works.length, lines: d.lines.length, disbursements };
}

/** Nam Xuân's demo recognition dossier (started once; found again on a top-up). */
async function seedDebtDossier(ctx: ServiceContext): Promise<string> {
  const { debtDossier: x, setCode } = krongNoDemoFunding();
  const existing = (await dossierRepository.ofUnit(ctx.database.db, x.unitCode)).find(
    (r) => r.kind === x.kind && r.tier === x.tier && r.year === x.year,
  );
  if (existing) return existing.id;
  const started = await startDossier(ctx, { ...x, setCode, demo: true });
  return started.id;
}

/** Seeds (or tops up) the demo money; a no-op before the works and allocation migrations exist. */
export async function seedFundingDemo(ctx: ServiceContext): Promise<FundingDemoLoad> {
  const none: FundingDemoLoad = { seeded: false, works: 0, lines: 0, disbursements: 0, dossierId: null };
  if (!(await fundingTablesExist(ctx.database.db))) return none;
  const rows = await inTransaction(ctx, (trx) => seedRows(ctx, trx));
  const dossierId = await seedDebtDossier(ctx);
  return rows ? { seeded: true, ...rows, dossierId } : { ...none, dossierId };
}
