/**
 * The data shipped with the product: the criteria sets of QĐ 318, 319 and 51 (with their classifications), which is in force when, the
 * Krông Nô unit tree with its 2025 successors, and the Krông Nô demo (labelled as such).
 * Every document is validated by the domain's schemas when first read.
 */

import { deriveSet, setDerivationSchema } from '../domain/catalog/criteria-set.derive.js';
import { type CriteriaSet, criteriaSetSchema } from '../domain/catalog/criteria-set.schema.js';
import { type SetInForce, setsInForceSchema } from '../domain/catalog/set-in-force.js';
import { type RevocationRule, revocationRulesSchema } from '../domain/recognition/keep-title.js';
import { type UnitTree, unitTreeSchema } from '../domain/units/unit.schema.js';
import { type DemoBaseline, demoBaselineSchema } from './demo/demo-baseline.schema.js';
import demoSetDerivation from './demo/demo-set.derivation.json' with { type: 'json' };
import { type DemoYears, demoYearsSchema } from './demo/demo-years.schema.js';
import krongNoDemo from './demo/krong-no-2022.json' with { type: 'json' };
import krongNoFunding2022 from './demo/krong-no-2022-funding.json' with { type: 'json' };
import { type DemoFunding, demoFundingSchema } from './demo/krong-no-2022-funding.schema.js';
import krongNoYears from './demo/krong-no-years.json' with { type: 'json' };
import lamDong2026 from './demo/lam-dong-2026.json' with { type: 'json' };
import { type LamDongDemo2026, lamDongDemo2026Schema } from './demo/lam-dong-2026.schema.js';
import revocationRulesData from './recognition/revocation-rules.json' with { type: 'json' };
import qd51Modern from './sets/qd51-modern-2026-2030.json' with { type: 'json' };
import qd51Ntm from './sets/qd51-ntm-2026-2030.json' with { type: 'json' };
import qd318Advanced from './sets/qd318-advanced-2021-2025.json' with { type: 'json' };
import qd318Ntm from './sets/qd318-ntm-2021-2025.json' with { type: 'json' };
import qd319Model from './sets/qd319-model-2021-2025.json' with { type: 'json' };
import setsInForceData from './sets-in-force.json' with { type: 'json' };
import krongNoUnits from './units/krong-no.json' with { type: 'json' };

/** The official sets (as far as known): 2021-2025 (NTM first), then 2026-2030 (NTM, then the pilot xã NTM hiện đại). */
export function builtinSets(): CriteriaSet[] {
  return [qd318Ntm, qd318Advanced, qd319Model, qd51Ntm, qd51Modern].map((s) => criteriaSetSchema.parse(s));
}

/** The rules for keeping a title (QĐ 18/2022 revocation thresholds and critical criteria per set). */
export const revocationRules = (): RevocationRule[] => revocationRulesSchema.parse(revocationRulesData).rules;

/** The national sets in force by date (sets-in-force.json), for units that name no set of their own. */
export const setsInForce = (): SetInForce[] => setsInForceSchema.parse(setsInForceData).periods;

export function demoSet(base: CriteriaSet): CriteriaSet {
  return deriveSet(base, setDerivationSchema.parse(demoSetDerivation));
}

export const krongNoUnitTree = (): UnitTree => unitTreeSchema.parse(krongNoUnits);

export const krongNoDemoBaseline = (): DemoBaseline => demoBaselineSchema.parse(krongNoDemo);

/** The demo's year-end values after the baseline: real district totals, illustrative per commune. */
export const krongNoDemoYears = (): DemoYears => demoYearsSchema.parse(krongNoYears);

/** The illustrative 2026 values of the merged communes of the former Krông Nô area under QĐ 51 (demo). */
export const lamDongDemo2026 = (): LamDongDemo2026 => lamDongDemo2026Schema.parse(lamDong2026);
/** The Krông Nô 2022 demo money and works (illustrative, every row demo). */
export const krongNoDemoFunding = (): DemoFunding => demoFundingSchema.parse(krongNoFunding2022);
