/**
 * A set derived from another: provinces issue their own sets as the national set with some
 * thresholds changed, and the demo fills the unknown thresholds with labelled illustrative values.
 * The derivation names only indicator codes and thresholds; the result is an ordinary set.
 */
import { z } from 'zod';
import {
  type CriteriaSet,
  classificationSchema,
  criteriaSetSchema,
  decisionSchema,
  provenanceSchema,
  thresholdSchema,
  tierSchema,
} from './criteria-set.schema.js';

export const setDerivationSchema = z.strictObject({
  code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  baseSetCode: z.string().min(1),
  tier: tierSchema.optional(),
  tierName: z.string().min(1).optional(),
  decision: decisionSchema.optional(),
  demo: z.boolean().optional(),
  provenance: provenanceSchema,
  /** Classifications a province adds to the base set's (its thresholds may then select on them). */
  addClassifications: z.array(classificationSchema).optional(),
  /** indicator code → the thresholds that replace the base set's thresholds for it. */
  thresholds: z.record(z.string(), z.array(thresholdSchema)),
});
export type SetDerivation = z.infer<typeof setDerivationSchema>;

export function deriveSet(base: CriteriaSet, derivation: SetDerivation): CriteriaSet {
  if (derivation.baseSetCode !== base.code) {
    throw new Error(`derivation ${derivation.code} is based on ${derivation.baseSetCode}, not ${base.code}`);
  }
  const known = new Set(base.criteria.flatMap((c) => c.indicators.map((i) => i.code)));
  const unknown = Object.keys(derivation.thresholds).filter((code) => !known.has(code));
  if (unknown.length > 0) throw new Error(`derivation ${derivation.code} names unknown indicators: ${unknown.join(', ')}`);
  return criteriaSetSchema.parse({
    ...base,
    code: derivation.code,
    name: derivation.name,
    tier: derivation.tier ?? base.tier,
    tierName: derivation.tierName ?? base.tierName,
    classifications: [...base.classifications, ...(derivation.addClassifications ?? [])],
    decision: derivation.decision ?? base.decision,
    demo: derivation.demo ?? base.demo,
    provenance: derivation.provenance,
    criteria: base.criteria.map((c) => ({
      ...c,
      indicators: c.indicators.map((i) => ({ ...i, thresholds: derivation.thresholds[i.code] ?? i.thresholds })),
    })),
  });
}
