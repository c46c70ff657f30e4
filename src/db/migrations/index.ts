/** The ordered list of migrations; a static provider works the same from src/ (tsx) and dist/. */
import type { Migration, MigrationProvider } from 'kysely';
import * as foundation from './2026-11-28T0000-foundation.js';
import * as access from './2026-11-28T0100-access.js';
import * as plans from './2026-11-29T0000-plans.js';
import * as auditChain from './2026-12-01T0100-audit-chain.js';
import * as sessionExpiry from './2026-12-01T0300-session-expiry.js';
import * as ownerDemo from './2026-12-01T0400-criterion-owner-demo.js';
import * as notices from './2026-12-01T0500-notices.js';
import * as unitClassification from './2026-12-02T0100-unit-classification.js';
import * as criteriaScopeSet from './2026-12-02T0200-criteria-scope-set.js';
import * as recognitions from './2026-12-03T0100-recognitions.js';
import * as dossiers from './2026-12-03T0200-dossiers.js';
import * as surveys from './2026-12-03T0300-surveys.js';
import * as works from './2026-12-04T0100-works.js';
import * as allocations from './2026-12-04T0200-allocations.js';

export const migrations: Record<string, Migration> = {
  '2026-11-28T0000-foundation': foundation,
  '2026-11-28T0100-access': access,
  '2026-11-29T0000-plans': plans,
  '2026-12-01T0100-audit-chain': auditChain,
  '2026-12-01T0300-session-expiry': sessionExpiry,
  '2026-12-01T0500-notices': notices,
  '2026-12-01T0400-criterion-owner-demo': ownerDemo,
  '2026-12-02T0100-unit-classification': unitClassification,
  '2026-12-02T0200-criteria-scope-set': criteriaScopeSet,
  '2026-12-03T0100-recognitions': recognitions,
  '2026-12-03T0200-dossiers': dossiers,
  '2026-12-03T0300-surveys': surveys,
  '2026-12-04T0100-works': works,
  '2026-12-04T0200-allocations': allocations,
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };
