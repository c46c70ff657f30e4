/**
 * The national funding dashboard on 8,000 communes × 10 works: one approved plan per province with a
 * line per work, two disbursements per line, one acceptance per work (bulk inserts through Kysely),
 * then fundingDashboard() for the whole country (cold, then the median of warm runs) beside one bare
 * GROUP BY of the same totals. Totals that disagree (with each other or the generator) are a problem.
 */
import { sql } from 'kysely';
import { newId } from '../src/services/context.js';
import { fundingDashboard } from '../src/services/funding/dashboard.service.js';
import type { BenchDatabase } from './databases.js';
import { mulberry32, type NationalDataset } from './national-dataset.js';
import { fmtMs, medians, note, problem, record, time } from './report.js';

export const FUNDING_YEAR = 2024;
const AS_OF = `${FUNDING_YEAR}-12-31`;
const WORKS_PER_COMMUNE = 10;
const RUNS = 5;
const SOURCES = [
  'nstw.dtpt',
  'nstw.sn',
  'nsdp.tinh',
  'nsdp.huyen',
  'nsdp.xa',
  'long-ghep.giam-ngheo',
  'cong-dong.tien-mat',
  'cong-dong.quy-doi',
];
const AT = `${FUNDING_YEAR}-01-05T00:00:00.000Z`;
const BY = 'system';
const M = 1_000_000;

interface Expected {
  planned: number;
  paid: number;
  debt: number;
  works: number;
}

async function insertChunks(b: BenchDatabase, table: string, rows: Record<string, unknown>[]) {
  const cols = rows[0] ? Object.keys(rows[0]).length : 1;
  const size = Math.max(1, Math.floor(30_000 / cols));
  const db = b.database.db as unknown as { insertInto: (t: string) => { values: (r: unknown[]) => { execute: () => Promise<unknown> } } };
  for (let i = 0; i < rows.length; i += size)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size))
      .execute();
}

/** Generates and inserts the funding data; returns what the dashboard must find. */
export async function loadFunding(b: BenchDatabase, ds: NationalDataset): Promise<Expected> {
  const rng = mulberry32(13);
  const stamp = { createdAt: AT, createdBy: BY };
  const edit = { ...stamp, updatedAt: AT, updatedBy: BY, version: 1 };
  const allocations = new Map<string, string>();
  const allocRows = ds.provinces.map((p) => {
    const id = newId();
    allocations.set(p.code, id);
    return {
      id,
      unitCode: p.code,
      year: FUNDING_YEAR,
      status: 'approved',
      decisionNumber: `${p.code}/QĐ-UBND`,
      decisionDate: `${FUNDING_YEAR}-01-20`,
      decisionSigner: null,
      history: '[]',
      demo: 1,
      approvedAt: AT,
      approvedBy: BY,
      ...edit,
    };
  });
  const works: Record<string, unknown>[] = [];
  const communesOf: Record<string, unknown>[] = [];
  const lines: Record<string, unknown>[] = [];
  const pays: Record<string, unknown>[] = [];
  const accs: Record<string, unknown>[] = [];
  const exp: Expected = { planned: 0, paid: 0, debt: 0, works: 0 };
  let n = 0;
  for (const c of ds.communes) {
    for (let k = 0; k < WORKS_PER_COMMUNE; k++) {
      n++;
      const wid = newId();
      const amount = (200 + Math.floor(rng() * 4800)) * M;
      const late = rng() < 0.1;
      works.push({
        id: wid,
        code: `CT-${c.code}-${k}`,
        name: `Công trình ${k + 1} xã ${c.name}`,
        nameSearch: `cong trinh ${k + 1}`,
        kindCode: 'giao-thong',
        areaUnitCode: c.provinceCode,
        investor: `UBND xã ${c.name}`,
        approvedTotal: amount,
        approvalNumber: null,
        approvalDate: null,
        contractValue: rng() < 0.05 ? amount + 10 * M : amount,
        plannedStart: `${FUNDING_YEAR}-02-01`,
        plannedEnd: late ? `${FUNDING_YEAR}-09-30` : `${FUNDING_YEAR + 1}-06-30`,
        startedOn: `${FUNDING_YEAR}-02-15`,
        completedOn: null,
        componentCode: null,
        communityBuilt: 0,
        settledOn: null,
        settledValue: null,
        settlementNumber: null,
        demo: 1,
        note: null,
        ...edit,
      });
      communesOf.push({ workId: wid, unitCode: c.code });
      const lid = newId();
      lines.push({
        id: lid,
        allocationId: allocations.get(c.provinceCode),
        adjustmentId: null,
        sourceCode: SOURCES[n % SOURCES.length],
        programmeName: null,
        componentCode: null,
        communeCode: c.code,
        workId: wid,
        setCode: ds.set.code,
        criterionNumber: 1 + (n % 19),
        amount,
        note: null,
        ...edit,
      });
      exp.planned += amount;
      const p1 = Math.round((amount * (0.2 + rng() * 0.3)) / M) * M;
      const p2 = Math.round((amount * rng() * 0.4) / M) * M;
      const m1 = 1 + Math.floor(rng() * 6);
      const m2 = 7 + Math.floor(rng() * 6);
      for (const [amt, m] of [
        [p1, m1],
        [p2, m2],
      ] as const) {
        pays.push({
          id: newId(),
          allocationLineId: lid,
          paidOn: `${FUNDING_YEAR}-${String(m).padStart(2, '0')}-15`,
          amount: amt,
          reversalOf: null,
          document: null,
          fileId: null,
          note: null,
          demo: 1,
          ...stamp,
        });
      }
      exp.paid += p1 + p2;
      const accepted = Math.round((amount * (0.3 + rng() * 0.6)) / M) * M;
      accs.push({
        id: newId(),
        workId: wid,
        acceptedOn: `${FUNDING_YEAR}-11-30`,
        amount: accepted,
        sourceCode: null,
        document: null,
        fileId: null,
        note: null,
        ...stamp,
      });
      if (accepted > p1 + p2) {
        exp.debt += accepted - p1 - p2;
        exp.works++;
      }
    }
  }
  await insertChunks(b, 'allocation', allocRows);
  await insertChunks(b, 'work', works);
  await insertChunks(b, 'workCommune', communesOf);
  await insertChunks(b, 'allocationLine', lines);
  await insertChunks(b, 'disbursement', pays);
  await insertChunks(b, 'workAcceptance', accs);
  return exp;
}

/** The same totals in one GROUP BY query: plan and paid by source, no scope, no tree, no names. */
async function bareAggregate(b: BenchDatabase) {
  const r = await sql<{ s: string; planned: unknown; paid: unknown }>`
    select l.source_code as s, sum(l.amount) as planned, sum(coalesce(p.paid, 0)) as paid
    from allocation_line l join allocation a on a.id = l.allocation_id
    left join (select allocation_line_id, sum(amount) as paid from disbursement where paid_on <= ${AS_OF} group by allocation_line_id) p
      on p.allocation_line_id = l.id
    where a.year = ${FUNDING_YEAR} and l.adjustment_id is null
    group by l.source_code`.execute(b.database.db);
  return r.rows.reduce((a, x) => ({ planned: a.planned + Number(x.planned), paid: a.paid + Number(x.paid) }), { planned: 0, paid: 0 });
}

export async function benchFunding(b: BenchDatabase, ds: NationalDataset) {
  const load = await time(() => loadFunding(b, ds));
  const exp = load.result;
  const works = ds.communes.length * WORKS_PER_COMMUNE;
  note(`generated and inserted ${works} works, ${works} plan lines, ${works * 2} disbursements, ${works} acceptances in ${fmtMs(load.ms)}`);
  if (b.raw.analyze) await b.raw.analyze();
  const input = { year: FUNDING_YEAR, asOf: AS_OF };
  const cold = await time(() => fundingDashboard(b.ctx, input));
  note(`national funding dashboard, first run: ${fmtMs(cold.ms)}`);
  const d = cold.result;
  const bare = await bareAggregate(b);
  for (const [what, got, want] of [
    ['planned (dashboard vs generator)', d.total.planned, exp.planned],
    ['paid (dashboard vs generator)', d.total.paid, exp.paid],
    ['debt (dashboard vs generator)', d.total.debt, exp.debt],
    ['works in debt (dashboard vs generator)', d.total.worksInDebt, exp.works],
    ['planned (bare SQL vs generator)', bare.planned, exp.planned],
    ['paid (bare SQL vs generator)', bare.paid, exp.paid],
  ] as const) {
    if (got !== want) problem(`${b.label} funding ${what}: ${got} ≠ ${want}`);
  }
  const debtByCommune = d.debtByCommune.count;
  note(
    `totals: planned ${exp.planned / M} triệu, paid ${exp.paid / M} triệu (${((exp.paid / exp.planned) * 100).toFixed(1)} %), ` +
      `debt ${exp.debt / M} triệu on ${exp.works} works, ${debtByCommune} communes in debt, ${d.works.length} flagged works shown`,
  );
  const t = await medians({ dashboard: () => fundingDashboard(b.ctx, input), bare: () => bareAggregate(b) }, RUNS);
  record({
    section: `funding ${b.label}`,
    name: `national funding dashboard (${ds.communes.length} communes × ${WORKS_PER_COMMUNE} works), warm median of ${RUNS}`,
    value: `${fmtMs(t.dashboard)} (cold ${fmtMs(cold.ms)})`,
    baseline: `bare SQL GROUP BY of the same totals ${fmtMs(t.bare)}`,
    ratio: `${(t.dashboard / t.bare).toFixed(1)}×`,
    target: '',
    ok: null,
  });
}
