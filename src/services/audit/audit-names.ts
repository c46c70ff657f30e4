/**
 * The names an audit page needs, looked up once per page of events: units, people, indicators (from
 * their criteria set), plans, tasks, agencies. The presenter then words every event without a query.
 */
import type { AuditRow } from '../../db/schema.js';
import type { Indicator } from '../../domain/catalog/criteria-set.schema.js';
import { getSet } from '../catalog.service.js';
import type { ServiceContext } from '../context.js';

export interface AuditNames {
  unit(code: string | null | undefined): string | null;
  user(id: string | null | undefined): string | null;
  indicator(setCode: string, code: string): Indicator | undefined;
  criterion(setCode: string | undefined, n: number): string | null;
  set(code: string): string | null;
  plan(code: string): string | null;
  task(id: string): { number: string; text: string } | null;
  agency(code: string | null | undefined): string | null;
}

/** "unit/set/indicator/asOf" of a value event. */
export function valueKey(entityId: string) {
  const [unitCode, setCode, indicatorCode, asOf] = entityId.split('/');
  return unitCode && setCode && indicatorCode && asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf)
    ? { unitCode, setCode, indicatorCode, asOf }
    : null;
}

const parseOr = <T>(s: string, fallback: T): T => {
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
};

export async function loadAuditNames(ctx: ServiceContext, rows: readonly AuditRow[]): Promise<AuditNames> {
  // (An empty `in ()` is a syntax error on PostgreSQL: every list below is checked for size.)
  const db = ctx.database.db;
  const unitCodes = new Set<string>();
  const userIds = new Set<string>();
  const setCodes = new Set<string>();
  const planCodes = new Set<string>();
  const taskIds = new Set<string>();
  for (const r of rows) {
    if (r.unitCode) unitCodes.add(r.unitCode);
    userIds.add(r.actorId);
    if (r.entityType === 'user') userIds.add(r.entityId);
    const key = r.entityType === 'indicator_value' ? valueKey(r.entityId) : null;
    if (key) setCodes.add(key.setCode);
    if (r.entityType === 'evidence' && r.after) {
      const e = parseOr<{ setCode?: string }>(r.after, {});
      if (typeof e.setCode === 'string') setCodes.add(e.setCode);
    }
    if (r.entityType === 'plan') planCodes.add(r.entityId);
    if (r.entityType === 'plan_task') taskIds.add(r.entityId);
  }
  const [units, users, plans, tasks, agencies, setRows] = await Promise.all([
    unitCodes.size
      ? db
          .selectFrom('administrativeUnit')
          .select(['code', 'name'])
          .where('code', 'in', [...unitCodes])
          .execute()
      : [],
    userIds.size
      ? db
          .selectFrom('appUser')
          .select(['id', 'displayName'])
          .where('id', 'in', [...userIds])
          .execute()
      : [],
    planCodes.size
      ? db
          .selectFrom('plan')
          .select(['code', 'document'])
          .where('code', 'in', [...planCodes])
          .execute()
      : [],
    taskIds.size
      ? db
          .selectFrom('planTask')
          .select(['id', 'number', 'document'])
          .where('id', 'in', [...taskIds])
          .execute()
      : [],
    db.selectFrom('agency').select(['code', 'name']).execute(),
    db.selectFrom('criteriaSet').select(['code']).execute(),
  ]);
  const known = new Set(setRows.map((s) => s.code));
  const sets = new Map(
    await Promise.all(
      [...setCodes, ...known]
        .filter((c, i, all) => known.has(c) && all.indexOf(c) === i)
        .map(async (c) => [c, await getSet(ctx, c)] as const),
    ),
  );
  const unitNames = new Map(units.map((u) => [u.code, u.name]));
  const userNames = new Map(users.map((u) => [u.id, u.displayName]));
  const planTitles = new Map(plans.map((p) => [p.code, parseOr<{ title?: string }>(p.document, {}).title ?? null]));
  const taskTexts = new Map(tasks.map((t) => [t.id, { number: t.number, text: parseOr<{ text?: string }>(t.document, {}).text ?? '' }]));
  const agencyNames = new Map(agencies.map((a) => [a.code, a.name]));
  return {
    unit: (code) => (code ? (unitNames.get(code) ?? null) : null),
    user: (id) => (id ? (userNames.get(id) ?? null) : null),
    indicator: (setCode, code) =>
      sets
        .get(setCode)
        ?.criteria.flatMap((c) => c.indicators)
        .find((i) => i.code === code),
    criterion: (setCode, n) => {
      const inSet = (s: string) => sets.get(s)?.criteria.find((c) => c.number === n)?.name;
      return (setCode ? inSet(setCode) : undefined) ?? [...sets.keys()].map(inSet).find(Boolean) ?? null;
    },
    set: (code) => sets.get(code)?.name ?? null,
    plan: (code) => planTitles.get(code) ?? null,
    task: (id) => taskTexts.get(id) ?? null,
    agency: (code) => (code ? (agencyNames.get(code) ?? null) : null),
  };
}
