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
  region: string | null;
  validFrom: string;
  validTo: string | null;
  note: string | null;
  /** JSON provenance, or null. */
  provenance: string | null;
}

export interface UnitStatusTable {
  id: string;
  unitCode: string;
  status: string;
  validFrom: string;
  validTo: string | null;
  legalBasis: string | null;
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
}

export interface DB {
  criteriaSet: CriteriaSetTable;
  administrativeUnit: AdministrativeUnitTable;
  unitStatus: UnitStatusTable;
  unitSuccession: UnitSuccessionTable;
  unitCriteriaSet: UnitCriteriaSetTable;
  indicatorValue: IndicatorValueTable;
  appUser: AppUserTable;
  session: SessionTable;
  evidence: EvidenceTable;
  auditEvent: AuditEventTable;
}

export type IndicatorValueRow = Selectable<IndicatorValueTable>;
export type NewIndicatorValue = Insertable<IndicatorValueTable>;
export type UnitRow = Selectable<AdministrativeUnitTable>;
export type AuditRow = Selectable<AuditEventTable>;
export type UserRow = Selectable<AppUserTable>;
export type NewUser = Insertable<AppUserTable>;
export type SessionRow = Selectable<SessionTable>;
export type EvidenceRow = Selectable<EvidenceTable>;
