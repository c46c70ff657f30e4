/**
 * The demo's present day: the new Lâm Đồng province (68-2025) and the five merged communes of the former
 * Krông Nô area under QĐ 51/2025 — demo accounts (office, communes, Sở, Front, leader), the demo's set
 * assignments (QĐ 51 from 15/02/2026: ensureDemoAssignments), illustrative 2026 values, and the illustrative
 * 2026 province plan with its Sở owning criteria. Idempotent: a database that already has the Krông Nô demo
 * gets only what it lacks, every addition audited; everything here is labelled demo.
 */

import demoUsers from '../catalog/demo/demo-users.json' with { type: 'json' };
import { builtinSets, lamDongDemo2026 } from '../catalog/index.js';
import { lamDongPlan2026 } from '../catalog/plans/index.js';
import type { Executor } from '../db/database.js';
import { agencyRepository } from '../db/repositories/agency.repository.js';
import { criteriaSetRepository } from '../db/repositories/criteria-set.repository.js';
import { indicatorValueRepository } from '../db/repositories/indicator-value.repository.js';
import { planRepository } from '../db/repositories/plan.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import { userRepository } from '../db/repositories/user.repository.js';
import { audit, inTransaction, newId, type ServiceContext } from './context.js';
import { DEMO_NOTE, demoUserRows, ensureCatalog, ensureDemoAssignments } from './demo.service.js';
import { createPlan } from './plan/plan.service.js';
import { encodeValue } from './value.codec.js';
import { insertValueSeries } from './value.service.js';

const PROVINCE = '68-2025';

/**
 * The Sở of the 2026 plan and the QĐ 51 criteria each owns (one owner per criterion) or also reviews —
 * an illustrative (demo) assignment after the 2025 merger of departments, not a decision of the province.
 */
const DEMO_OWNERS: { code: string; criteria: number[]; alsoReviews?: number[] }[] = [
  { code: 'so-xay-dung', criteria: [1, 2] },
  { code: 'so-nn-mt', criteria: [3, 6, 8] },
  { code: 'so-gd-dt', criteria: [4], alsoReviews: [5] },
  { code: 'so-vh-tt-dl', criteria: [5] },
  { code: 'so-y-te', criteria: [], alsoReviews: [5, 6] },
  { code: 'so-kh-cn', criteria: [7] },
  { code: 'so-noi-vu', criteria: [9], alsoReviews: [4] },
  { code: 'so-tu-phap', criteria: [10] },
  { code: 'cong-an-tinh', criteria: [], alsoReviews: [10] },
  { code: 'bo-chqs-tinh', criteria: [], alsoReviews: [10] },
];

const DEMO_MEMBERS: Record<string, string> = {
  'vpdp.lamdong': 'vpdp-ntm-tinh',
  'mttq.lamdong': 'ubmttq-tinh',
  'lanhdao.lamdong': 'ubnd-tinh',
  'so.xaydung.lamdong': 'so-xay-dung',
  'so.nnmt.lamdong': 'so-nn-mt',
  'so.gddt.lamdong': 'so-gd-dt',
  'so.vhttdl.lamdong': 'so-vh-tt-dl',
  'so.yte.lamdong': 'so-y-te',
  'so.khcn.lamdong': 'so-kh-cn',
  'so.noivu.lamdong': 'so-noi-vu',
  'so.tuphap.lamdong': 'so-tu-phap',
  'congan.lamdong': 'cong-an-tinh',
  'bchqs.lamdong': 'bo-chqs-tinh',
};

/** What the top-up added (empty lists and zeros on a database that has it all). */
export interface LamDongTopUp {
  users: string[];
  assignedSet: boolean;
  values: number;
  plan: boolean;
}

export async function topUpLamDongDemo(ctx: ServiceContext): Promise<LamDongTopUp> {
  if (!(await unitRepository.get(ctx.database.db, PROVINCE))) return { users: [], assignedSet: false, values: 0, plan: false };
  const added = await inTransaction(ctx, async (trx) => {
    await ensureCatalog(ctx, trx);
    return {
      users: await addMissingUsers(ctx, trx),
      assignedSet: (await ensureDemoAssignments(ctx, trx)).length > 0,
      values: await addValues(ctx, trx),
    };
  });
  const plan = !(await planRepository.byCode(ctx.database.db, lamDongPlan2026().code));
  if (plan) await createPlan(ctx, lamDongPlan2026());
  if (plan || added.users.length > 0) await inTransaction(ctx, (trx) => linkAgencies(ctx, trx), 'none');
  return { ...added, plan };
}

/** Demo accounts of demo-users.json not yet in the database (those added after it was seeded). */
async function addMissingUsers(ctx: ServiceContext, trx: Executor): Promise<string[]> {
  const missing: string[] = [];
  for (const u of demoUsers.users) if (!(await userRepository.byUsername(trx, u.username))) missing.push(u.username);
  if (missing.length === 0) return [];
  const rows = (await demoUserRows(ctx.now())).filter((r) => missing.includes(r.username));
  for (const r of rows) await userRepository.insert(trx, r);
  await audit(
    ctx,
    trx,
    rows.map((u) => ({
      action: 'user.create',
      entityType: 'user',
      entityId: u.id,
      unitCode: u.unitCode,
      after: { username: u.username, role: u.role, demo: true, topUp: true },
    })),
  );
  return missing;
}

/** The illustrative 2026 values (lam-dong-2026.json), once: every criterion-level indicator gets a value. */
async function addValues(ctx: ServiceContext, trx: Executor): Promise<number> {
  const demo = lamDongDemo2026();
  const set = builtinSets().find((s) => s.code === demo.setCode);
  const first = demo.communes[0];
  const day = demo.dates[0];
  if (!set || !first || !day || !(await criteriaSetRepository.get(trx, set.code))) return 0;
  if ((await indicatorValueRepository.detailAsOf(trx, set.code, first.unitCode, day.asOf)).length > 0) return 0;
  const rows = demo.dates.flatMap((d) =>
    demo.communes.flatMap((c) =>
      set.criteria.flatMap((criterion) =>
        criterion.indicators.map((ind) => ({
          unitCode: c.unitCode,
          setCode: set.code,
          indicatorCode: ind.code,
          asOf: d.asOf,
          ...encodeValue(c.met[d.asOf]?.includes(criterion.number) ?? false),
          note: `${DEMO_NOTE}. ${d.note}`,
          demo: 1,
          ...(d.verified ? { verification: 'verified', verifiedBy: ctx.actor.id, verifiedAt: ctx.now() } : {}),
        })),
      ),
    ),
  );
  return insertValueSeries(ctx, trx, rows);
}

const demoNote = (o: (typeof DEMO_OWNERS)[number]) =>
  [
    o.criteria.length > 0 ? `phụ trách tiêu chí ${o.criteria.join(', ')}` : null,
    o.alsoReviews ? `phối hợp xác minh tiêu chí ${o.alsoReviews.join(', ')}` : null,
  ]
    .filter(Boolean)
    .join('; ');

/** Criterion owners (demo) of the province's Sở, and the demo accounts acting for the plan's agencies. */
async function linkAgencies(ctx: ServiceContext, trx: Executor) {
  for (const o of DEMO_OWNERS) {
    const agency = await agencyRepository.byCode(trx, PROVINCE, o.code);
    if (!agency) throw new Error(`the Lâm Đồng demo plan names no agency ${o.code}`);
    await agencyRepository.setNote(
      trx,
      agency.id,
      `Phân công minh họa (demo) theo bộ tiêu chí QĐ 51/2025: ${demoNote(o)} / demo assignment`,
    );
    for (const n of o.criteria) await agencyRepository.setOwner(trx, newId(), PROVINCE, n, agency.id, true);
  }
  for (const [username, code] of Object.entries(DEMO_MEMBERS)) {
    const user = await userRepository.byUsername(trx, username);
    const agency = await agencyRepository.byCode(trx, PROVINCE, code);
    if (user && agency) await agencyRepository.addUser(trx, agency.id, user.id);
  }
  await audit(ctx, trx, [
    { action: 'agency.demo_links', entityType: 'agency', entityId: PROVINCE, unitCode: PROVINCE, after: { DEMO_OWNERS, DEMO_MEMBERS } },
  ]);
}
