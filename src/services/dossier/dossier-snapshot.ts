/**
 * Everything recorded on a dossier, read once, and the state machine's snapshot made from it: the
 * documents present, the posting, opinions, survey, meeting, conditions, findings, council, decision.
 */
import type { Executor } from '../../db/database.js';
import { dossierRepository } from '../../db/repositories/dossier.repository.js';
import type { DossierRow } from '../../db/schema-dossier.js';
import { RECORD_SCHEMAS, type RecordData, type RecordKind } from '../../domain/dossier/records.js';
import type { DossierSnapshot, DossierState } from '../../domain/dossier/state-machine.js';
import type { DossierConditions } from './dossier-conditions.js';

export async function readDossierParts(ex: Executor, id: string) {
  const [events, files, documents, postings, comments, opinions, findings, records] = await Promise.all([
    dossierRepository.events(ex, id),
    dossierRepository.files(ex, id),
    dossierRepository.documents(ex, id),
    dossierRepository.postings(ex, id),
    dossierRepository.comments(ex, id),
    dossierRepository.opinions(ex, id),
    dossierRepository.findings(ex, id),
    dossierRepository.records(ex, id),
  ]);
  return { events, files, documents, postings, comments, opinions, findings, records };
}
export type DossierParts = Awaited<ReturnType<typeof readDossierParts>>;

export function recordOf<K extends RecordKind>(parts: DossierParts, kind: K): (RecordData<K> & { fileId: string | null }) | null {
  const r = parts.records.find((x) => x.kind === kind);
  if (!r) return null;
  return { ...(RECORD_SCHEMAS[kind].parse(JSON.parse(r.data)) as RecordData<K>), fileId: r.fileId };
}

/** The latest file of each checklist document. */
export function latestDocuments(parts: DossierParts) {
  const out = new Map<string, DossierParts['documents'][number]>();
  for (const d of parts.documents) out.set(d.documentCode, d);
  return out;
}

/** The appraisal round now open: one more than the number of times the dossier was sent back from appraisal. */
export const appraisalRound = (parts: DossierParts) =>
  1 + parts.events.filter((e) => e.action === 'send_back' && e.stepCode === 'appraisal').length;

export function snapshotOf(row: DossierRow, parts: DossierParts, conditions: DossierConditions): DossierSnapshot {
  const round = appraisalRound(parts);
  const meeting = recordOf(parts, 'meeting');
  const council = recordOf(parts, 'council');
  const decision = recordOf(parts, 'decision');
  const appraisal = recordOf(parts, 'appraisal');
  return {
    state: row.state as DossierState,
    currentStep: row.currentStep,
    documents: new Set(latestDocuments(parts).keys()),
    posting: { startedOn: row.postingStartedOn, announcements: parts.postings.map((p) => ({ on: p.announcedOn })) },
    frontOpinions: parts.opinions.filter((o) => o.organisationKind === 'front').length,
    survey: conditions.survey.state === 'missing' ? null : { state: conditions.survey.state },
    meeting: meeting ? { totalMembers: meeting.totalMembers, agreeing: meeting.agreeing } : null,
    conditions: conditions.conditions,
    findings: parts.findings.filter((f) => f.round === round).length,
    appraisal: appraisal ? { conclusion: appraisal.conclusion } : null,
    council: council ? { members: council.members, agreeing: council.agreeing, result: council.result } : null,
    decision: decision ? { date: decision.date } : null,
    announcedOn: recordOf(parts, 'announcement')?.announcedOn ?? null,
  };
}
