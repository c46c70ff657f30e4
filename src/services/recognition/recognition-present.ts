/**
 * A stored recognition as services return it, and when it is in force: from its decision date, else its
 * announcement (a ceremony follows the decision), else "before year Y" (held by 31/12 of Y-1), else the
 * year it is for (in force by 1/1 of the next year at the latest). Which of these applied is said.
 */
import type { RecognitionRow } from '../../db/schema.js';
import type { Recognition } from './recognition.service.js';

export type InForceBasis = 'decision' | 'announcement' | 'before_year' | 'year_end';

export function inForceFrom(r: Pick<RecognitionRow, 'decisionDate' | 'announcedOn' | 'year' | 'yearBefore'>): {
  date: string | null;
  basis: InForceBasis | null;
} {
  if (r.decisionDate) return { date: r.decisionDate, basis: 'decision' };
  if (r.announcedOn) return { date: r.announcedOn, basis: 'announcement' };
  if (r.yearBefore !== null) return { date: `${r.yearBefore - 1}-12-31`, basis: 'before_year' };
  if (r.year !== null) return { date: `${r.year + 1}-01-01`, basis: 'year_end' };
  return { date: null, basis: null };
}

export function presentRecognition(r: RecognitionRow): Recognition {
  const from = inForceFrom(r);
  return {
    id: r.id,
    unitCode: r.unitCode,
    setCode: r.setCode,
    tier: r.tier,
    year: r.year,
    yearBefore: r.yearBefore,
    decision: { number: r.decisionNumber, date: r.decisionDate, signer: r.decisionSigner, body: r.decisionBody },
    announcedOn: r.announcedOn,
    dossierId: r.dossierId,
    demo: r.demo === 1,
    note: r.note,
    recordedAt: r.recordedAt,
    recordedBy: r.recordedBy,
    inForceFrom: from.date,
    inForceBasis: from.basis,
    version: r.version,
    revoked:
      r.revokedAt === null
        ? null
        : {
            decision: {
              number: r.revokeDecisionNumber,
              date: r.revokeDecisionDate,
              signer: r.revokeDecisionSigner,
              body: r.revokeDecisionBody,
            },
            reason: r.revokeReason,
            dossierId: r.revokeDossierId,
            recordedAt: r.revokedAt,
            recordedBy: r.revokedBy,
          },
  };
}

/** In force on `asOf`: its in-force date is known and not after it, and no revocation dated by then. */
export function isInForce(r: Recognition, asOf: string): boolean {
  if (!r.inForceFrom || r.inForceFrom > asOf) return false;
  const revokedOn = r.revoked?.decision.date;
  return !(revokedOn && revokedOn <= asOf);
}
