/**
 * The tamper-evident link of an audit event: SHA-256 over a canonical serialisation of the row's own
 * fields and the hash of the event before it. Shared by the writer, the migration that chained the
 * rows written before the chain existed, and `ntm audit verify`.
 */
import { createHash } from 'node:crypto';

/** prev_hash of the first event of a database. */
export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  seq: number;
  id: string;
  at: string;
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  unitCode: string | null;
  before: string | null;
  after: string | null;
  prevHash: string;
}

/** A fixed-order JSON array: the same bytes for the same fields on every database and platform. */
export function canonicalEvent(e: ChainedFields): string {
  return JSON.stringify([
    e.seq,
    e.id,
    e.at,
    e.actorId,
    e.action,
    e.entityType,
    e.entityId,
    e.unitCode ?? null,
    e.before ?? null,
    e.after ?? null,
    e.prevHash,
  ]);
}

export const eventHash = (e: ChainedFields): string => createHash('sha256').update(canonicalEvent(e), 'utf8').digest('hex');
