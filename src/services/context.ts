/**
 * What every service function receives: who acts, the database, the clock and a logger. The same
 * functions serve HTTP, the CLI and tests; none of them knows its transport.
 */
import { uuidv7 } from 'uuidv7';
import type { Database, Executor } from '../db/database.js';
import { type AuditDraft, auditRepository } from '../db/repositories/audit.repository.js';
import { userRepository } from '../db/repositories/user.repository.js';
import type { Principal } from '../policies/policy.js';
import { type BoardImpact, noteBoardWrite } from './board-cache.js';
import { invalidateReads } from './read-cache.js';

export interface Actor extends Principal {
  id: string;
  username: string;
  displayName: string;
  /** The set whose numbering `criteria` follows (department); null/absent = none named. */
  criteriaSet?: string | null | undefined;
}

export interface Logger {
  info(msg: string, data?: Record<string, unknown>): void;
  warn(msg: string, data?: Record<string, unknown>): void;
}

export interface ServiceContext {
  database: Database;
  actor: Actor;
  now: () => string;
  log: Logger;
}

/** The account that system actions (seeding, import from the CLI) are attributed to. */
export const SYSTEM_ACTOR: Actor = {
  id: '00000000-0000-7000-8000-000000000001',
  username: 'system',
  displayName: 'Hệ thống',
  role: 'system',
  unitCode: null,
  criteria: [],
};

/** Nobody signed in: may read only what is public. */
export const PUBLIC_ACTOR: Actor = {
  id: 'public',
  username: 'public',
  displayName: 'Công khai',
  role: 'public',
  unitCode: null,
  criteria: [],
};

export const silentLogger: Logger = { info: () => {}, warn: () => {} };

export function createContext(database: Database, actor: Actor = SYSTEM_ACTOR, log: Logger = silentLogger): ServiceContext {
  return { database, actor, now: () => new Date().toISOString(), log };
}

export const newId = () => uuidv7();

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  unitCode?: string | null;
  before?: unknown;
  after?: unknown;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));

export function auditRow(ctx: ServiceContext, a: AuditInput): AuditDraft {
  return {
    id: newId(),
    at: ctx.now(),
    actorId: ctx.actor.id,
    action: a.action,
    entityType: a.entityType,
    entityId: a.entityId,
    unitCode: a.unitCode ?? null,
    before: json(a.before),
    after: json(a.after),
  };
}

/** Events of each open inTransaction, appended to the chain just before it commits. */
const pendingAudit = new WeakMap<Executor, AuditDraft[]>();

/**
 * Records audit events in the transaction of the change. Inside inTransaction they join the chain at
 * its end, so the chain head is locked only for the last moments of the transaction (and always last,
 * which keeps writers from deadlocking on it); elsewhere they are appended at once.
 */
export async function audit(ctx: ServiceContext, ex: Executor, events: AuditInput[]) {
  const drafts = events.map((e) => auditRow(ctx, e));
  const pending = pendingAudit.get(ex);
  // A loop, not push(...drafts): a national import records hundreds of thousands of events at once.
  if (pending) for (const d of drafts) pending.push(d);
  else if (ex.isTransaction) await auditRepository.append(ex, ctx.database.dialect, drafts);
  else await ex.transaction().execute((trx) => auditRepository.append(trx, ctx.database.dialect, drafts));
}

/**
 * Runs `fn` in one transaction: the change and its audit rows commit together or not at all.
 * `boards` says what the change may alter on boards (default: anything), applied after commit.
 */
export async function inTransaction<T>(ctx: ServiceContext, fn: (trx: Executor) => Promise<T>, boards: BoardImpact = 'all'): Promise<T> {
  try {
    return await ctx.database.db.transaction().execute(async (trx) => {
      const pending: AuditDraft[] = [];
      pendingAudit.set(trx, pending);
      const result = await fn(trx);
      pendingAudit.delete(trx);
      await auditRepository.append(trx, ctx.database.dialect, pending);
      return result;
    });
  } finally {
    // After commit (or rollback): cached reads may no longer match the data.
    invalidateReads(ctx.database);
    noteBoardWrite(ctx.database, boards);
  }
}

export async function ensureSystemUser(ctx: ServiceContext, ex: Executor) {
  if (await userRepository.byUsername(ex, SYSTEM_ACTOR.username)) return;
  await userRepository.insert(ex, {
    id: SYSTEM_ACTOR.id,
    username: SYSTEM_ACTOR.username,
    displayName: 'Hệ thống',
    disabled: 0,
    createdAt: ctx.now(),
  });
}
