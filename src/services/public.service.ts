/**
 * The public pages: a commune's criteria and tier, and a district's (or province's) communes with
 * their counts — no values, no people, no evidence. Only verified results count as met: a criterion
 * met on values the department has not verified yet is "chờ xác minh" (pending), never met.
 */

import { AppError } from '../domain/errors.js';
import { defaultAsOf } from '../domain/units/unit-history.js';
import { type BoardRow, board } from './board.service.js';
import { type ServiceContext, SYSTEM_ACTOR } from './context.js';
import { getUnit, requireValidAt } from './unit.service.js';

export type PublicStatus = 'met' | 'pending' | 'not_met' | 'incomplete' | 'outdated';

/** A commune's titles as the public sees them: what was recognised, demo or inferred said; no internal verdict. */
const publicTitles = (row: BoardRow | undefined) =>
  (row?.titles ?? []).map((t) => ({
    tier: t.tier,
    year: t.year,
    yearBefore: t.yearBefore,
    label: t.label,
    demo: t.demo,
    derived: t.derived !== null,
  }));

/** A board row as the public sees it: met only when verified. */
function publicView(row: BoardRow | undefined, criteriaCount: number) {
  const statuses: PublicStatus[] = Array.from({ length: criteriaCount }, (_, i) => {
    const s = row?.criteria[i] ?? 'incomplete';
    return s === 'met' && row?.selfAssessed[i] ? 'pending' : s;
  });
  return {
    statuses,
    metCount: statuses.filter((s) => s === 'met').length,
    pendingCount: statuses.filter((s) => s === 'pending').length,
    tier: row?.verifiedTier ?? null,
  };
}

async function publicUnit(ctx: ServiceContext, unitCode: string, requestedAsOf: string | undefined) {
  const unit = await getUnit(ctx, unitCode);
  const asOf = requestedAsOf ?? defaultAsOf(unit, ctx.now().slice(0, 10));
  return { unit, asOf };
}

export async function publicCommune(ctx: ServiceContext, unitCode: string, requestedAsOf: string | undefined) {
  const { unit, asOf } = await publicUnit(ctx, unitCode, requestedAsOf);
  if (unit.kind !== 'commune') {
    throw new AppError('public.not_a_commune', 'not_found', {
      vi: 'Trang công khai của xã chỉ có cho xã; xem trang của huyện/tỉnh',
      en: 'The commune public page exists for communes only; see the district/province page',
    });
  }
  await requireValidAt(ctx, unit, asOf);
  // Read as the system: the result is reduced below to what anyone may see.
  const b = await board({ ...ctx, actor: SYSTEM_ACTOR }, { unitCode: unit.code, asOf });
  const v = publicView(b.rows[0], b.set.criteria.length);
  const parent = unit.parentCode ? await getUnit(ctx, unit.parentCode) : null;
  return {
    unit: { code: unit.code, name: unit.name },
    area:
      parent && (parent.kind === 'district' || parent.kind === 'province')
        ? { code: parent.code, name: parent.name, kind: parent.kind }
        : null,
    asOf,
    demo: b.set.demo === true,
    metCount: v.metCount,
    pendingCount: v.pendingCount,
    criteriaCount: b.set.criteria.length,
    tier: v.tier,
    titles: publicTitles(b.rows[0]),
    criteria: b.set.criteria.map((c, i) => ({ number: c.number, name: c.name, status: v.statuses[i] ?? 'incomplete' })),
  };
}

/** A district or province: each commune's verified-met count and tier, and the tiers' totals. */
export async function publicArea(ctx: ServiceContext, unitCode: string, requestedAsOf: string | undefined) {
  const { unit, asOf } = await publicUnit(ctx, unitCode, requestedAsOf);
  if (unit.kind !== 'district' && unit.kind !== 'province') {
    throw new AppError('public.not_an_area', 'not_found', {
      vi: 'Trang công khai tổng hợp chỉ có cho huyện hoặc tỉnh',
      en: 'Area public pages exist for districts and provinces only',
    });
  }
  await requireValidAt(ctx, unit, asOf);
  const b = await board({ ...ctx, actor: SYSTEM_ACTOR }, { unitCode: unit.code, asOf });
  const n = b.set.criteria.length;
  const communes = b.rows.map((r) => {
    const v = publicView(r, n);
    return { code: r.unitCode, name: r.name, metCount: v.metCount, pendingCount: v.pendingCount, tier: v.tier, titles: publicTitles(r) };
  });
  const byTier: Record<string, number> = {};
  for (const c of communes) byTier[c.tier ?? 'none'] = (byTier[c.tier ?? 'none'] ?? 0) + 1;
  const total = communes.reduce((a, c) => a + c.metCount, 0);
  return {
    unit: { code: unit.code, name: unit.name, kind: unit.kind },
    asOf,
    demo: b.set.demo === true,
    criteriaCount: n,
    communes,
    summary: {
      communes: communes.length,
      averageMet: communes.length ? Math.round((total / communes.length) * 100) / 100 : null,
      byTier,
    },
  };
}
