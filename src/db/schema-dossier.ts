/**
 * The dossier tables (migration 2026-12-03T0200-dossiers), added to the Kysely DB interface by
 * declaration merging so the dossier area does not edit the shared schema.ts list.
 */
import type { Selectable } from 'kysely';

/** A recognition or revocation dossier of one commune, following one procedure. */
export interface DossierTable {
  id: string;
  unitCode: string;
  /** recognition | revocation */
  kind: string;
  procedureCode: string;
  setCode: string;
  tier: string;
  year: number;
  /** The date the criteria are assessed as of (số liệu tính đến ngày). */
  assessmentDate: string;
  /** in_progress | completed */
  state: string;
  currentStep: string;
  postingStartedOn: string | null;
  /** The recognition this dossier recorded (recognition) or revokes (revocation). */
  recognitionId: string | null;
  demo: number;
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

/** A dated, attributed event: a step started, completed, sent back (with reasons), or something recorded at it. */
export interface DossierEventTable {
  id: string;
  dossierId: string;
  stepCode: string;
  /** start | complete | send_back | record */
  action: string;
  toStep: string | null;
  onDate: string;
  actorId: string;
  note: string | null;
  /** JSON array of reasons (send back) or null. */
  reasons: string | null;
  createdAt: string;
}

/** A file of a dossier (uploaded or generated), stored by sha256 in the evidence store. */
export interface DossierFileTable {
  id: string;
  dossierId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

/** A checklist item's latest file: its state is uploaded or generated (missing = no row). */
export interface DossierDocumentTable {
  id: string;
  dossierId: string;
  documentCode: string;
  /** uploaded | generated */
  state: string;
  fileId: string;
  createdBy: string;
  createdAt: string;
}

export interface DossierPostingTable {
  id: string;
  dossierId: string;
  announcedOn: string;
  /** a channel code of the procedure's posting rule */
  channel: string;
  place: string | null;
  photoFileId: string | null;
  createdBy: string;
  createdAt: string;
}

export interface DossierCommentTable {
  id: string;
  dossierId: string;
  receivedOn: string;
  /** Who it came from as written (an organisation, a hamlet, "người dân"); no personal data is required. */
  fromName: string | null;
  content: string;
  response: string | null;
  createdBy: string;
  createdAt: string;
}

export interface DossierOpinionTable {
  id: string;
  dossierId: string;
  /** front | socio_political */
  organisationKind: string;
  organisation: string;
  givenOn: string;
  summary: string | null;
  fileId: string | null;
  createdBy: string;
  createdAt: string;
}

/** A finding of the appraisal (thẩm tra) per criterion, by round (a returned dossier is appraised again). */
export interface DossierFindingTable {
  id: string;
  dossierId: string;
  round: number;
  criterionCode: string;
  /** met | not_met */
  result: string;
  finding: string | null;
  createdBy: string;
  createdAt: string;
}

/**
 * One recorded fact of a step, by kind: meeting, appraisal (conclusion), council, decision,
 * announcement, debt, security. `data` is JSON validated by the domain's schema of that kind.
 */
export interface DossierRecordTable {
  dossierId: string;
  kind: string;
  data: string;
  fileId: string | null;
  recordedBy: string;
  recordedAt: string;
}

declare module './schema.js' {
  interface DB {
    dossier: DossierTable;
    dossierEvent: DossierEventTable;
    dossierFile: DossierFileTable;
    dossierDocument: DossierDocumentTable;
    dossierPosting: DossierPostingTable;
    dossierComment: DossierCommentTable;
    dossierOpinion: DossierOpinionTable;
    dossierFinding: DossierFindingTable;
    dossierRecord: DossierRecordTable;
  }
}

export type DossierRow = Selectable<DossierTable>;
export type DossierEventRow = Selectable<DossierEventTable>;
export type DossierFileRow = Selectable<DossierFileTable>;
