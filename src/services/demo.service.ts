/**
 * Loads what a fresh installation needs: the built-in criteria sets (kept in step with the code),
 * and, on request, the Krông Nô demo — units with their 2025 successors, which set applies where,
 * the illustrative baseline values of 31/12/2021, and year-end values of 2022 and 2023 that add up to
 * the district's real totals (krong-no-years.json), every one marked as demo data; then the new Lâm Đồng
 * province's 2026 (demo-lamdong.service.ts).
 */

import demoUsers from '../catalog/demo/demo-users.json' with { type: 'json' };
import { demoValuesFor } from '../catalog/demo/demo-values.js';
import { builtinSets, demoSet, krongNoDemoBaseline, krongNoDemoYears, krongNoUnitTree, setsInForce } from '../catalog/index.js';
import type { Executor } from '../db/database.js';
import { criteriaSetRepository } from '../db/repositories/criteria-set.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import { userRepository } from '../db/repositories/user.repository.js';
import { periodsFrom } from '../domain/catalog/set-in-force.js';
import { profileAt } from '../domain/evaluation/classification.js';
import { formatDateVi } from '../domain/text/vietnamese.js';
import { datedClassifications } from '../domain/units/unit.schema.js';
import { saveSet } from './catalog.service.js';
import { audit, ensureSystemUser, inTransaction, newId, type ServiceContext } from './context.js';
import { type LamDongTopUp, topUpLamDongDemo } from './demo-lamdong.service.js';
import { type DemoFundingOptions, seedFundingDemo } from './funding/funding-demo.js';
import { hashPassword } from './password.js';
import { DEMO_PASSWORD } from './password-strength.js';
import { seedDemoPlan } from './plan/plan-demo.js';
import { type DemoRecognitionOptions, seedDemoRecognitions } from './recognition/recognition-demo.js';
import { importUnitTree } from './unit.service.js';
import { encodeValue } from './value.codec.js';
import { insertValueSeries } from './value.service.js';

export const DEMO_NOTE = 'Dữ liệu minh họa (demo) — không phải số liệu thật / illustrative demo data';

/** The note on a year-end demo value: the commune's value is illustrative, the district total it adds up to is real. */
const yearNote = (y: { asOf: string; totalMet: number; reportedAverage: string; ntmCommunes: number }) => {
  const d = formatDateVi(y.asOf);
  return (
    `Dữ liệu minh họa (demo): giá trị của xã là minh họa; tổng của huyện ngày ${d} là số liệu thật ` +
    `(${y.totalMet} tiêu chí, bình quân ${y.reportedAverage} tiêu chí/xã, ${y.ntmCommunes} xã NTM) / ` +
    `illustrative commune value; the district total on ${d} is real`
  );
};

/** The password of every demo account (listed in the README; demo installations only). */
export { DEMO_PASSWORD } from './password-strength.js';

/** Rows for the demo accounts of demo-users.json (all of them; the top-up keeps only those missing). */
export async function demoUserRows(now: string) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return demoUsers.users.map((u) => ({
    id: newId(),
    username: u.username,
    displayName: u.displayName,
    passwordHash,
    role: u.role,
    unitCode: u.unitCode ?? null,
    criteria: u.criteria ? JSON.stringify(u.criteria) : null,
    // Krông Nô's departments (2021-2025) number QĐ 318's criteria; Lâm Đồng's Sở name their set (QĐ 51).
    criteriaSetCode: u.criteria ? ((u as { criteriaSet?: string }).criteriaSet ?? DEMO_BASE_SET) : null,
    disabled: 0,
    demo: 1,
    createdAt: now,
    updatedAt: now,
  }));
}

/** Inserts built-in sets that are missing and refreshes those whose shipped document changed. */
export async function ensureCatalog(ctx: ServiceContext, ex: Executor) {
  await ensureSystemUser(ctx, ex);
  const changed: string[] = [];
  for (const set of builtinSets()) {
    const row = await criteriaSetRepository.get(ex, set.code);
    if (row && (row.origin !== 'builtin' || row.document === JSON.stringify(set))) continue;
    await saveSet(ctx, set, { origin: 'builtin', replace: true }, ex);
    changed.push(set.code);
  }
  return changed;
}

export const prepareDatabase = (ctx: ServiceContext) =>
  inTransaction(ctx, async (trx) => {
    const changed = await ensureCatalog(ctx, trx);
    await ensureDemoAssignments(ctx, trx);
    return changed;
  });

export async function isDemoLoaded(ctx: ServiceContext) {
  return (await unitRepository.get(ctx.database.db, krongNoDemoBaseline().districtCode)) !== undefined;
}

/** What the demo load did: the Krông Nô demo loaded (or already there), and what the Lâm Đồng 2026 top-up added. */
export interface DemoLoad {
  loaded: boolean;
  values: number;
  lamDong: LamDongTopUp;
  /** Recognitions (công nhận) the demo added now: 0 when they were all there. */
  recognitions: number;
}

/**
 * Loads the Krông Nô demo in one transaction; does nothing when it is already there (but the top-ups).
 * `recognitionsExcept`: communes whose recognitions are not seeded (a test records them itself).
 * `funding: false`: no demo money (a test plans Krông Nô's 2022 itself).
 */
export async function seedDemo(ctx: ServiceContext, opts: DemoRecognitionOptions & DemoFundingOptions = {}): Promise<DemoLoad> {
  if (await isDemoLoaded(ctx)) {
    // A database seeded before plans existed gets the demo plan now, and one seeded before 2026 the
    // Lâm Đồng accounts, plan and values; one seeded before recognitions, the demo's recognitions.
    await seedDemoPlan(ctx);
    const lamDong = await topUpLamDongDemo(ctx);
    // One seeded before money existed: the Krông Nô 2022 demo plan, works and Nam Xuân's dossier.
    if (opts.funding !== false) await seedFundingDemo(ctx);
    return { loaded: false, values: 0, lamDong, recognitions: await seedDemoRecognitions(ctx, opts) };
  }
  const baseline = krongNoDemoBaseline();
  const years = krongNoDemoYears();
  const tree = krongNoUnitTree();
  const users = await demoUserRows(ctx.now());
  const loaded = await inTransaction(ctx, async (trx) => {
    await ensureCatalog(ctx, trx);
    const sets = builtinSets();
    const ntm = sets.find((s) => s.code === DEMO_BASE_SET);
    if (!ntm) throw new Error(`the built-in catalogue has no ${DEMO_BASE_SET}`);
    const demo = demoSet(ntm);
    if (!(await criteriaSetRepository.get(trx, demo.code))) await saveSet(ctx, demo, { origin: 'builtin' }, trx);
    await importUnitTree(ctx, trx, tree);
    await assign(ctx, trx, assignments(demo.code, sets));
    const profile = (code: string, asOf: string) => {
      const unit = tree.units.find((u) => u.code === code);
      if (!unit) throw new Error(`demo commune ${code} is not in the unit tree`);
      return profileAt(datedClassifications(unit), asOf);
    };
    const rowsAt = (asOf: string, lackingOf: (unitCode: string) => readonly number[], note: string) =>
      baseline.communes.flatMap((c, i) => {
        const values = demoValuesFor(demo, profile(c.unitCode, asOf), asOf, lackingOf(c.unitCode), i);
        return Object.entries(values).map(([indicatorCode, v]) => ({
          unitCode: c.unitCode,
          setCode: demo.code,
          indicatorCode,
          asOf,
          ...encodeValue(v),
          note,
          demo: 1,
          // Each year-end set of values stands for the district's accepted assessment.
          verification: 'verified',
          verifiedBy: ctx.actor.id,
          verifiedAt: ctx.now(),
        }));
      });
    const byCode = new Map(baseline.communes.map((c) => [c.unitCode, c.lackingAtBaseline]));
    const rows = rowsAt(baseline.baselineAsOf, (code) => byCode.get(code) ?? [], DEMO_NOTE);
    for (const y of years.years) {
      const lacking = new Map(years.communes.map((c) => [c.unitCode, c.lacking[y.asOf]]));
      const lackingOf = (code: string) => {
        const l = lacking.get(code);
        if (!l) throw new Error(`the demo's year ${y.asOf} has no entry for commune ${code}`);
        return l;
      };
      rows.push(...rowsAt(y.asOf, lackingOf, yearNote(y)));
    }
    for (const u of users) await userRepository.insert(trx, u);
    await audit(
      ctx,
      trx,
      users.map((u) => ({
        action: 'user.create',
        entityType: 'user',
        entityId: u.id,
        unitCode: u.unitCode,
        after: { username: u.username, role: u.role, demo: true },
      })),
    );
    return { loaded: true, values: await insertValueSeries(ctx, trx, rows) };
  });
  await seedDemoPlan(ctx);
  const lamDong = await topUpLamDongDemo(ctx);
  if (opts.funding !== false) await seedFundingDemo(ctx);
  return { ...loaded, lamDong, recognitions: await seedDemoRecognitions(ctx, opts) };
}

/** The national set the demo's 2021-2025 values are entered against (through the demo's derived set). */
const DEMO_BASE_SET = 'qd318-ntm-2021-2025';
/** The demo's province after the 1/7/2025 merger: it follows the national NTM set in force on each date. */
const DEMO_NEW_PROVINCE = { code: '68-2025', from: '2025-07-01' };

type Assignment = { id: string; unitCode: string; setCode: string; validFrom: string; validTo: string | null };

async function assign(ctx: ServiceContext, trx: Executor, rows: Assignment[]) {
  await unitRepository.insertSetAssignments(trx, rows);
  await audit(
    ctx,
    trx,
    rows.map((a) => ({
      action: 'unit_criteria_set.assign',
      entityType: 'unit_criteria_set',
      entityId: a.id,
      unitCode: a.unitCode,
      after: a,
    })),
  );
}

/**
 * A database that got the demo before a set came into the catalogue (QĐ 51) gets the assignment now:
 * only missing rows are added (audited), nothing existing is changed.
 */
export async function ensureDemoAssignments(ctx: ServiceContext, trx: Executor) {
  if (!(await unitRepository.get(trx, krongNoDemoBaseline().districtCode))) return [];
  const sets = builtinSets();
  const ntm = sets.find((s) => s.code === DEMO_BASE_SET);
  if (!ntm) return [];
  const wanted = assignments(demoSet(ntm).code, sets);
  const have = await unitRepository.allSetAssignments(trx, [...new Set(wanted.map((w) => w.unitCode))]);
  // Any row of the same unit and set counts as present (whatever its dates): existing rows are never touched.
  const known = new Set(have.map((a) => `${a.unitCode}|${a.setCode}`));
  const missing = wanted.filter((w) => !known.has(`${w.unitCode}|${w.setCode}`));
  if (missing.length > 0) await assign(ctx, trx, missing);
  return missing;
}

/**
 * Đắk Nông uses the demo set until the province is merged; the new Lâm Đồng follows the national sets
 * in force, every tier (QĐ 318/319 until 14/02/2026; QĐ 51 and its pilot xã NTM hiện đại from 15/02/2026: sets-in-force.json).
 */
function assignments(demoCode: string, sets: { code: string; tier: string }[]): Assignment[] {
  const code = (c: string) => (sets.some((s) => s.code === c) ? c : undefined);
  const national = periodsFrom(setsInForce(), DEMO_NEW_PROVINCE.from)
    .filter((p) => code(p.setCode))
    .map((p) => ({ unitCode: DEMO_NEW_PROVINCE.code, setCode: p.setCode, validFrom: p.validFrom, validTo: p.validTo }));
  const rows = [
    { unitCode: '67', setCode: demoCode, validFrom: '2021-01-01', validTo: '2025-06-30' },
    { unitCode: '67', setCode: code('qd318-advanced-2021-2025'), validFrom: '2022-03-08', validTo: '2025-06-30' },
    { unitCode: '67', setCode: code('qd319-model-2021-2025'), validFrom: '2022-03-08', validTo: '2025-06-30' },
    ...national,
  ];
  return rows.flatMap((r) => (r.setCode ? [{ id: newId(), ...r, setCode: r.setCode }] : []));
}

/** One line on what the Lâm Đồng top-up added to a database that already had the demo, or null when nothing. */
export function topUpLine(t: LamDongTopUp): string | null {
  if (t.users.length === 0 && !t.assignedSet && t.values === 0 && !t.plan) return null;
  const parts = [
    t.users.length > 0 ? `${t.users.length} tài khoản` : null,
    t.assignedSet ? 'bộ tiêu chí QĐ 51 từ 15/02/2026' : null,
    t.values > 0 ? `${t.values} giá trị 2026` : null,
    t.plan ? 'kế hoạch 2026 của tỉnh' : null,
  ].filter(Boolean);
  return `Đã bổ sung demo Lâm Đồng (minh họa): ${parts.join(', ')} / Lâm Đồng demo topped up`;
}
