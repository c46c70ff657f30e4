/**
 * The annual plans shipped with the product: the Krông Nô 2022 plan (real content, copied from the
 * reference text), validated by the domain schema, and the start-of-year baseline its checks run
 * against, built from the Krông Nô demo (illustrative values) and the unit tree; and the illustrative
 * (demo) 2026 plan of the new Lâm Đồng province for the merged communes of the former Krông Nô area.
 */
import { type Plan, planSchema } from '../../domain/plan/plan.schema.js';
import type { PlanBaseline } from '../../domain/plan/plan-metrics.js';
import { builtinSets, krongNoDemoBaseline, krongNoUnitTree } from '../index.js';
import krongNo2022 from './krong-no-2022.json' with { type: 'json' };
import lamDong2026 from './lam-dong-2026.json' with { type: 'json' };

export const krongNoPlan2022 = (): Plan => planSchema.parse(krongNo2022);

/**
 * The baseline of 31/12/2021 for the Krông Nô 2022 plan: per commune the criteria met (the set's numbers
 * minus what the demo says it lacks) and its recognised tier (NTM when it lacks nothing — the demo's
 * recognised communes are exactly those), plus every unit with its validity.
 */
export function krongNoPlanBaseline2022(): PlanBaseline {
  const plan = krongNoPlan2022();
  const set = builtinSets().find((s) => s.code === plan.criteriaSetCode);
  if (!set) throw new Error(`criteria set ${plan.criteriaSetCode} is not built in`);
  const numbers = set.criteria.map((c) => c.number);
  return {
    criterionNumbers: numbers,
    indicatorCodes: set.criteria.flatMap((c) => c.indicators.map((i) => i.code)),
    communes: krongNoDemoBaseline().communes.map((c) => ({
      unitCode: c.unitCode,
      name: c.name,
      met: numbers.filter((n) => !c.lackingAtBaseline.includes(n)),
      recognisedTier: c.lackingAtBaseline.length === 0 ? 'ntm' : null,
    })),
    units: krongNoUnitTree().units.map((u) => ({ code: u.code, name: u.name, validFrom: u.validFrom, validTo: u.validTo ?? null })),
  };
}

/** The illustrative 2026 plan of UBND tỉnh Lâm Đồng for the five merged communes of the former Krông Nô area (demo). */
export const lamDongPlan2026 = (): Plan => planSchema.parse(lamDong2026);
