/**
 * Seeds the Krông Nô 2022 demo money (catalog/demo/krong-no-2022-funding.json): the district's approved
 * plan, its lines and disbursements, twelve works with acceptances and one settlement — every row demo = 1,
 * in one audited transaction — then Nam Xuân's 2023 recognition dossier, whose debt condition the unpaid
 * road fails. Idempotent: a plan already there is left alone, so a database seeded earlier is only topped up.
 * Written against contracts S2/S3 with plain SQL (the column names of those migrations); until the works and
 * allocation tables exist it does nothing. TODO(merge): switch to W's/M's repositories once merged.
 */
import { sql } from 'kysely';
import { krongNoDemoFunding } from '../../catalog/index.js';
import type { Executor } from '../../db/database.js';
import { dossierRepository } from '../../db/repositories/dossier.repository.js';
import { userRepository } from '../../db/repositories/user.repository.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { startDossier } from '../dossier/dossier.service.js';

export interface FundingDemoLoad {
  /** False when the tables are not there (seams not merged) or the plan was already seeded. */
  seeded: boolean;
  works: number;
  lines: number;
  disbursements: number;
  /** The id of Nam Xuân's demo dossier (new or found), null when not seeded. */
  dossierId: string | null;
}

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
  const have = await sql<{
    n: number | string;
  }>`select count(*) as n from allocation where unit_code = ${a.unitCode} and year = ${a.year}`.execute(ex);
  if (Number(have.rows[0]?.n ?? 0) > 0) return null;
  const now = ctx.now();
  const sys = ctx.actor.id;
  const office = await userId(ex, a.createdBy, sys);
  const leader = await userId(ex, a.approvedBy, sys);
  const workIds = new Map<string, string>();
  for (const w of d.works) {
    const id = newId();
    workIds.set(w.code, id);
    const s = w.settlement;
    await sql`insert into work (id, code, name, name_search, kind_code, area_unit_code, investor, approved_total, approval_number,
      approval_date, contract_value, planned_start, planned_end, started_on, completed_on, component_code, community_built,
      settled_on, settled_value, settlement_number, demo, note, version, created_at, created_by, updated_at, updated_by)
      values (${id}, ${w.code}, ${w.name}, ${w.name.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase()},
      ${w.kind}, ${a.unitCode}, ${w.investor}, ${w.approvedTotal}, ${null}, ${null}, ${w.contractValue}, ${w.plannedStart},
      ${w.plannedEnd}, ${w.startedOn ?? null}, ${w.completedOn ?? null}, ${null}, ${w.communityBuilt ? 1 : 0}, ${s?.settledOn ?? null},
      ${s?.settledValue ?? null}, ${s?.settlementNumber ?? null}, ${1}, ${w.note ?? 'Dữ liệu minh họa (demo)'}, ${1}, ${now}, ${office}, ${now}, ${office})`.execute(
      ex,
    );
    for (const c of w.communes) await sql`insert into work_commune (work_id, unit_code) values (${id}, ${c})`.execute(ex);
    for (const n of w.criteria)
      await sql`insert into work_criterion (id, work_id, set_code, criterion_number, indicator_code) values (${newId()}, ${id}, ${d.setCode}, ${n}, ${null})`.execute(
        ex,
      );
    for (const p of w.fundingPlan)
      await sql`insert into work_funding_plan (work_id, source_code, year, amount) values (${id}, ${p.source}, ${p.year}, ${p.amount})`.execute(
        ex,
      );
    for (const acc of w.acceptances)
      await sql`insert into work_acceptance (id, work_id, accepted_on, amount, source_code, document, file_id, note, created_at, created_by)
        values (${newId()}, ${id}, ${acc.acceptedOn}, ${acc.amount}, ${null}, ${acc.document}, ${null}, ${'Dữ liệu minh họa (demo)'}, ${now}, ${office})`.execute(
        ex,
      );
  }
  const allocationId = newId();
  const history = JSON.stringify([
    { from: 'draft', to: 'submitted', on: a.submittedOn, by: office, demo: true },
    { from: 'submitted', to: 'approved', on: a.approvedOn, by: leader, demo: true },
  ]);
  await sql`insert into allocation (id, unit_code, year, status, decision_number, decision_date, decision_signer, history, demo, version,
    created_at, created_by, updated_at, updated_by, approved_at, approved_by)
    values (${allocationId}, ${a.unitCode}, ${a.year}, ${'approved'}, ${a.decisionNumber}, ${a.decisionDate}, ${a.decisionSigner}, ${history},
    ${1}, ${3}, ${now}, ${office}, ${now}, ${leader}, ${now}, ${leader})`.execute(ex);
  let disbursements = 0;
  for (const l of d.lines) {
    const lineId = newId();
    await sql`insert into allocation_line (id, allocation_id, adjustment_id, source_code, programme_name, component_code, commune_code, work_id,
      set_code, criterion_number, amount, note, version, created_at, created_by, updated_at, updated_by)
      values (${lineId}, ${allocationId}, ${null}, ${l.source}, ${l.programmeName ?? null}, ${null}, ${l.commune}, ${l.work ? (workIds.get(l.work) ?? null) : null},
      ${l.criterion === null ? null : d.setCode}, ${l.criterion}, ${l.amount}, ${l.note ?? null}, ${1}, ${now}, ${office}, ${now}, ${office})`.execute(
      ex,
    );
    for (const p of l.disbursements) {
      disbursements++;
      await sql`insert into disbursement (id, allocation_line_id, paid_on, amount, reversal_of, document, file_id, note, demo, created_at, created_by)
        values (${newId()}, ${lineId}, ${p.paidOn}, ${p.amount}, ${null}, ${p.document}, ${null}, ${'Dữ liệu minh họa (demo)'}, ${1}, ${now}, ${office})`.execute(
        ex,
      );
    }
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
