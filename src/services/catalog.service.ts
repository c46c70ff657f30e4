/**
 * Criteria sets: list, read, import (validated by the schema; every error with its path, nothing
 * loaded on any error), export, and the check report. Parsed and compiled sets are cached by
 * code and version, so boards do not re-parse JSON on every request.
 */

import type { Executor } from '../db/database.js';
import { type CriteriaSetRow, criteriaSetRepository } from '../db/repositories/criteria-set.repository.js';
import { unitRepository } from '../db/repositories/unit.repository.js';
import { type CatalogReport, type CommuneUnderSet, checkCatalog } from '../domain/catalog/catalog-check.js';
import { type CriteriaSet, criteriaSetSchema } from '../domain/catalog/criteria-set.schema.js';
import { AppError, invalid, issuesFromZod, notFound } from '../domain/errors.js';
import { type CompiledSet, compileSet } from '../domain/evaluation/engine.js';
import { descendants, EVALUATED_KINDS } from '../domain/units/unit-history.js';
import { audit, inTransaction, type ServiceContext } from './context.js';

export interface SetSummary {
  code: string;
  name: string;
  tier: string;
  requiresTier: string | null;
  demo: boolean;
  version: number;
  origin: string;
  updatedAt: string;
}

const summary = (r: Omit<CriteriaSetRow, 'document'>): SetSummary => ({
  code: r.code,
  name: r.name,
  tier: r.tier,
  requiresTier: r.requiresTier,
  demo: r.demo === 1,
  version: r.version,
  origin: r.origin,
  updatedAt: r.updatedAt,
});

/** Parsed (and compiled) sets by code@version@updatedAt: a request reads only the revision, not the document. */
const parsed = new Map<string, { set: CriteriaSet; compiled?: CompiledSet }>();
const revisionKey = (r: { code: string; version: number; updatedAt: string }) => `${r.code}@${r.version}@${r.updatedAt}`;

async function cached(ex: Executor, code: string) {
  const rev = await criteriaSetRepository.revision(ex, code);
  if (!rev) return undefined;
  const key = revisionKey(rev);
  let hit = parsed.get(key);
  if (!hit) {
    const row = await criteriaSetRepository.get(ex, code);
    if (!row) return undefined;
    hit = { set: criteriaSetSchema.parse(JSON.parse(row.document)) };
    parsed.set(key, hit);
  }
  return hit;
}

export const setNotFound = (code: string) =>
  notFound('criteria_set.not_found', { vi: `Không có bộ tiêu chí "${code}"`, en: `No criteria set "${code}"` }, { code });

export async function listSets(ctx: ServiceContext): Promise<SetSummary[]> {
  return (await criteriaSetRepository.list(ctx.database.db)).map(summary);
}

export async function getSet(ctx: ServiceContext, code: string, ex: Executor = ctx.database.db): Promise<CriteriaSet> {
  const hit = await cached(ex, code);
  if (!hit) throw setNotFound(code);
  return hit.set;
}

/** The set compiled for evaluation, with the sets it derives thresholds from. */
export async function getCompiledSet(ctx: ServiceContext, code: string): Promise<CompiledSet> {
  const hit = await cached(ctx.database.db, code);
  if (!hit) throw setNotFound(code);
  if (!hit.compiled) {
    const related: CriteriaSet[] = [];
    for (const c of hit.set.criteria) {
      for (const i of c.indicators) {
        for (const t of i.thresholds) {
          if (t.derivedFrom && !related.some((s) => s.code === t.derivedFrom?.setCode)) {
            const other = await cached(ctx.database.db, t.derivedFrom.setCode);
            if (other) related.push(other.set);
          }
        }
      }
    }
    hit.compiled = compileSet(hit.set, related);
  }
  return hit.compiled;
}

/** Validates a set document; throws `criteria_set.invalid` with every problem and its path. */
export function parseSetDocument(doc: unknown): CriteriaSet {
  const r = criteriaSetSchema.safeParse(doc);
  if (!r.success) {
    throw invalid(
      'criteria_set.invalid',
      { vi: 'Tệp bộ tiêu chí không hợp lệ; không có gì được nạp', en: 'Invalid criteria set file; nothing was loaded' },
      issuesFromZod(r.error.issues),
    );
  }
  return r.data;
}

export interface SaveSetOptions {
  origin: 'builtin' | 'import';
  /** Replace an existing set of the same code (its version goes up). */
  replace?: boolean;
}

export async function saveSet(ctx: ServiceContext, doc: unknown, opts: SaveSetOptions, ex?: Executor): Promise<SetSummary> {
  const set = parseSetDocument(doc);
  const run = async (trx: Executor) => {
    const existing = await criteriaSetRepository.get(trx, set.code);
    if (existing && !opts.replace) {
      throw new AppError('criteria_set.exists', 'conflict', {
        vi: `Bộ tiêu chí "${set.code}" đã có (phiên bản ${existing.version}); dùng --replace để thay`,
        en: `Criteria set "${set.code}" already exists (version ${existing.version}); use --replace to replace it`,
      });
    }
    const now = ctx.now();
    const row: CriteriaSetRow = {
      code: set.code,
      name: set.name,
      tier: set.tier,
      requiresTier: set.requiresTier ?? null,
      document: JSON.stringify(set),
      origin: opts.origin,
      demo: set.demo ? 1 : 0,
      version: (existing?.version ?? 0) + 1,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    if (existing) await criteriaSetRepository.update(trx, row);
    else await criteriaSetRepository.insert(trx, row);
    await audit(ctx, trx, [
      {
        action: existing ? 'criteria_set.replace' : 'criteria_set.create',
        entityType: 'criteria_set',
        entityId: set.code,
        before: existing ? { version: existing.version } : undefined,
        after: { version: row.version, origin: row.origin, criteria: set.criteria.length },
      },
    ]);
    return summary(row);
  };
  return ex ? run(ex) : inTransaction(ctx, run);
}

export async function checkSet(ctx: ServiceContext, code: string): Promise<CatalogReport> {
  const set = await getSet(ctx, code);
  return checkCatalog(set, await communesUnderSet(ctx, code));
}

/** The communes (and towns) the set is assigned to, directly or through an ancestor, each over the days both hold. */
async function communesUnderSet(ctx: ServiceContext, code: string): Promise<CommuneUnderSet[]> {
  const ex = ctx.database.db;
  const assignments = await unitRepository.assignmentsOfSet(ex, code);
  if (assignments.length === 0) return [];
  const all = await unitRepository.listAll(ex);
  const out: CommuneUnderSet[] = [];
  for (const a of assignments) {
    const self = all.filter((u) => u.code === a.unitCode);
    for (const u of [...self, ...descendants(all, a.unitCode)]) {
      if (!EVALUATED_KINDS.has(u.kind)) continue;
      const from = u.validFrom > a.validFrom ? u.validFrom : a.validFrom;
      const ends = [u.validTo, a.validTo].filter((d): d is string => !!d).sort();
      const to = ends[0] ?? null;
      if (to !== null && to < from) continue;
      out.push({ code: u.code, name: u.name, from, to, classifications: [] });
    }
  }
  const rows = await unitRepository.classifications(
    ex,
    out.map((c) => c.code),
  );
  return out.map((c) => ({ ...c, classifications: rows.filter((r) => r.unitCode === c.code) }));
}
