/**
 * The database interface for Kysely, in camelCase (CamelCasePlugin maps to snake_case tables).
 * Portable across SQLite and PostgreSQL: ids are UUIDv7 text, dates ISO text, booleans 0/1
 * integers, numbers `double precision`. The only module besides db/ that sees these row types is none.
 */
import type { Generated, Insertable, Selectable } from 'kysely';

export interface CriteriaSetTable {
  code: string;
  name: string;
  tier: string;
  requiresTier: string | null;
  /** The whole set as JSON (criteriaSetSchema). */
  document: string;
  /** "builtin" (shipped in src/catalog) or "import". */
  origin: string;
  demo: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AdministrativeUnitTable {
  code: string;
  name: string;
  /** name normalised for search (no diacritics, lower case). */
  nameSearch: string;
  kind: string;
  parentCode: string | null;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  /** JSON provenance, or null. */
  provenance: string | null;
}

/** A unit's classification in one dimension (region, special-status, commune-group …) over a period. */
export interface UnitClassificationTable {
  id: string;
  unitCode: string;
  dimension: string;
  value: string;
  validFrom: string;
  validTo: string | null;
  legalBasis: string | null;
  /** JSON provenance, or null. */
  provenance: string | null;
}

export interface UnitSuccessionTable {
  id: string;
  predecessorCode: string;
  successorCode: string;
  kind: string;
  effectiveDate: string;
  legalBasis: string;
  provenance: string | null;
}

/** Which criteria set applies to the communes under a unit, over a period. */
export interface UnitCriteriaSetTable {
  id: string;
  unitCode: string;
  setCode: string;
  validFrom: string;
  validTo: string | null;
}

export interface IndicatorValueTable {
  id: string;
  unitCode: string;
  setCode: string;
  indicatorCode: string;
  /** The date the value describes (số liệu tính đến ngày). */
  asOf: string;
  /** Numbers as they are; yes/no as 1/0; null when not applicable. */
  valueNum: number | null;
  notApplicable: number;
  note: string | null;
  /** 1 for illustrative demo data. */
  demo: number;
  enteredBy: string;
  enteredAt: string;
  version: number;
  /** The as-of date of the next value for the same unit and indicator; null while this one is latest. */
  supersededOn: string | null;
  /** self_assessed | verified | returned */
  verification: Generated<string>;
  verifiedBy: string | null;
  verifiedAt: string | null;
  reviewComment: string | null;
}

export interface AppUserTable {
  id: string;
  username: string;
  displayName: string;
  disabled: number;
  createdAt: string;
  /** argon2id hash; null for accounts that cannot sign in (system). */
  passwordHash: string | null;
  /** Defaults to "system" for the attribution-only account. */
  role: Generated<string>;
  /** The unit the role is scoped to (district, commune, province); null = everywhere (admin, system). */
  unitCode: string | null;
  /** JSON array of criterion numbers (department). */
  criteria: string | null;
  /** The set whose numbering `criteria` follows (any set of the same phase); null = no department scope. */
  criteriaSetCode: string | null;
  demo: Generated<number>;
  updatedAt: string | null;
}

export interface SessionTable {
  /** sha256 of the token in the cookie; the token itself is never stored. */
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface EvidenceTable {
  id: string;
  unitCode: string;
  setCode: string;
  indicatorCode: string;
  asOf: string;
  fileName: string;
  /** Decided from the content, not the file name. */
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface AuditEventTable {
  id: string;
  at: string;
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  unitCode: string | null;
  before: string | null;
  after: string | null;
  /** Position in the database's audit chain: 1, 2, 3 … without gaps. */
  seq: number;
  /** Hash of the event at seq − 1 (64 zeros for the first). */
  prevHash: string;
  /** SHA-256 of this event's fields and prevHash (db/audit-hash.ts). */
  hash: string;
}

/** The last link of the audit chain (one row, id 1): what writers lock to append. */
export interface AuditChainHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface AgencyTable {
  id: string;
  scopeUnitCode: string;
  code: string;
  name: string;
  kind: string;
  note: string | null;
}

export interface AgencyUserTable {
  agencyId: string;
  userId: string;
}

export interface CriterionOwnerTable {
  id: string;
  scopeUnitCode: string;
  criterionNumber: number;
  agencyId: string;
  /** 1 = an illustrative assignment of the demo data (labelled so in the API and UI). */
  demo: Generated<number>;
}

export interface PlanTable {
  id: string;
  code: string;
  year: number;
  issuingUnitCode: string;
  status: string;
  /** The plan without its tasks as JSON (planSchema). */
  document: string;
  demo: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface PlanTaskTable {
  id: string;
  planId: string;
  number: string;
  sortKey: string;
  /** The task as JSON (taskSchema). */
  document: string;
  status: string;
  deadline: string | null;
  leadAgencyCode: string | null;
  version: number;
  updatedAt: string;
}

export interface TaskUpdateTable {
  id: string;
  taskId: string;
  reportedOn: string;
  status: string;
  note: string;
  unitCode: string | null;
  authorId: string;
  createdAt: string;
}

export interface AttachmentTable {
  id: string;
  /** task_update | supervision_visit */
  ownerType: string;
  ownerId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string;
  uploadedAt: string;
}

export interface WorkingGroupMemberTable {
  id: string;
  planId: string;
  name: string;
  position: string | null;
  agencyCode: string | null;
  unitCode: string;
}

export interface SupervisionVisitTable {
  id: string;
  planId: string | null;
  unitCode: string;
  visitedOn: string;
  byKind: string;
  byName: string;
  summary: string | null;
  /** JSON [{ criterion, finding }]. */
  findings: string;
  createdBy: string;
  createdAt: string;
}

export interface SupervisionActionTable {
  id: string;
  visitId: string;
  text: string;
  owner: string;
  deadline: string | null;
  status: string;
  version: number;
}

export interface NotificationTable {
  id: string;
  userId: string;
  /** See NOTICE_KINDS in domain/notice/notice-text.ts. */
  kind: string;
  /** What the notice is about: a task or action id, a plan code, "commune|set|date". */
  subjectId: string;
  /** Which event on the subject (a deadline, a plan version, a review day); "" for a notice kept up to date. */
  eventKey: string;
  /** JSON of the words the text is made from (NoticeParams). */
  params: string;
  /** The web route the notice opens. */
  link: string;
  createdAt: string;
  updatedAt: string;
  readAt: string | null;
}

/** A recognition (công nhận đạt chuẩn) and, once revoked, its revocation (thu hồi). */
export interface RecognitionTable {
  id: string;
  unitCode: string;
  setCode: string;
  tier: string;
  year: number | null;
  yearBefore: number | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  decisionSigner: string | null;
  decisionBody: string | null;
  announcedOn: string | null;
  dossierId: string | null;
  demo: number;
  note: string | null;
  recordedAt: string;
  recordedBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
  revokeDecisionNumber: string | null;
  revokeDecisionDate: string | null;
  revokeDecisionSigner: string | null;
  revokeDecisionBody: string | null;
  revokeReason: string | null;
  revokeDossierId: string | null;
  version: number;
}

export interface DB {
  criteriaSet: CriteriaSetTable;
  administrativeUnit: AdministrativeUnitTable;
  unitClassification: UnitClassificationTable;
  unitSuccession: UnitSuccessionTable;
  unitCriteriaSet: UnitCriteriaSetTable;
  indicatorValue: IndicatorValueTable;
  appUser: AppUserTable;
  session: SessionTable;
  evidence: EvidenceTable;
  auditEvent: AuditEventTable;
  auditChainHead: AuditChainHeadTable;
  agency: AgencyTable;
  agencyUser: AgencyUserTable;
  criterionOwner: CriterionOwnerTable;
  plan: PlanTable;
  planTask: PlanTaskTable;
  taskUpdate: TaskUpdateTable;
  attachment: AttachmentTable;
  workingGroupMember: WorkingGroupMemberTable;
  supervisionVisit: SupervisionVisitTable;
  supervisionAction: SupervisionActionTable;
  notification: NotificationTable;
  recognition: RecognitionTable;
}

export type IndicatorValueRow = Selectable<IndicatorValueTable>;
export type NewIndicatorValue = Insertable<IndicatorValueTable>;
export type UnitRow = Selectable<AdministrativeUnitTable>;
export type AuditRow = Selectable<AuditEventTable>;
export type UserRow = Selectable<AppUserTable>;
export type NewUser = Insertable<AppUserTable>;
export type SessionRow = Selectable<SessionTable>;
export type EvidenceRow = Selectable<EvidenceTable>;
export type PlanRow = Selectable<PlanTable>;
export type PlanTaskRow = Selectable<PlanTaskTable>;
export type RecognitionRow = Selectable<RecognitionTable>;
