/**
 * Words one audit event for a person: the object in words (commune, indicator and its name, plan
 * title, task number and text, person), the data date of a value, and before → after as typed
 * readable values. The web translates the keys and never sees the stored JSON; a row whose JSON no
 * longer parses is shown as unreadable, not as an error.
 */
import type { AuditRow } from '../../db/schema.js';
import { type AuditChange, type AuditField, type AuditKind, auditKindOf, type ReadableValue } from '../../domain/audit/audit-actions.js';
import type { Indicator } from '../../domain/catalog/criteria-set.schema.js';
import { type AuditNames, valueKey } from './audit-names.js';
import { describeUnitImport } from './audit-unit-import.js';

export type AuditObjectType =
  | 'indicator'
  | 'plan'
  | 'task'
  | 'user'
  | 'supervision'
  | 'criterion'
  | 'criteriaSet'
  | 'unitTree'
  | 'unit'
  | 'member'
  | 'file'
  | 'import'
  | 'other';

export interface AuditEntry {
  id: string;
  seq: number;
  /** Time of the change, ISO-8601 UTC (the web shows dd/mm/yyyy HH:mm in UTC+7). */
  at: string;
  /** For the "person" filter only; never shown. */
  actorId: string;
  actorName: string;
  /** The web's key for the action's name (unknown actions get a generic name). */
  action: string;
  kind: AuditKind;
  unitName: string | null;
  object: { type: AuditObjectType; label: string };
  /** The date the value is for (YYYY-MM-DD), beside the time of the change. */
  dataDate: string | null;
  changes: AuditChange[];
  /** The stored before/after could not be read: shown as "content unreadable". */
  unreadable: boolean;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown) => (typeof v === 'string' ? v : null);
const text = (v: unknown): ReadableValue | null => (typeof v === 'string' && v !== '' ? { type: 'text', text: v } : null);
const num = (v: unknown, unit?: string): ReadableValue | null => (typeof v === 'number' ? { type: 'number', value: v, unit } : null);
const term = (group: Extract<ReadableValue, { type: 'term' }>['group'], v: unknown): ReadableValue | null =>
  typeof v === 'string' ? { type: 'term', group, key: v } : null;
const date = (v: unknown): ReadableValue | null =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? { type: 'date', value: v.slice(0, 10) } : null;
const yesno = (v: unknown): ReadableValue | null => (typeof v === 'boolean' ? { type: 'yesno', value: v } : null);

const list = (v: unknown): ReadableValue | null => (Array.isArray(v) ? { type: 'list', items: v.map((x) => String(x)) } : null);

/** An indicator value as its kind reads: yes/no, a number with its unit, "not applicable". */
function indicatorValue(v: unknown, ind: Indicator | undefined): ReadableValue | null {
  if (v === 'not_applicable') return { type: 'term', group: 'value', key: 'not_applicable' };
  if (typeof v === 'boolean') return yesno(v);
  if (typeof v === 'number') return { type: 'number', value: v, unit: ind?.unit };
  return v === null || v === undefined ? null : text(String(v));
}

function change(field: AuditField, before: ReadableValue | null, after: ReadableValue | null): AuditChange[] {
  if (before === null && after === null) return [];
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ field, before, after }];
}

function parse(s: string | null): { ok: boolean; value: unknown } {
  if (s === null) return { ok: true, value: null };
  try {
    return { ok: true, value: JSON.parse(s) };
  } catch {
    return { ok: false, value: null };
  }
}

/** Commune targets of a plan document: "unit name → criteria", for the plan's target edits. */
function targetChanges(before: Json, after: Json, names: AuditNames): AuditChange[] {
  const map = (d: Json) =>
    new Map(
      (Array.isArray(d.communeTargets) ? d.communeTargets : []).map((t) => {
        const o = obj(t);
        return [String(o.unitCode), JSON.stringify(o.criteria ?? [])] as const;
      }),
    );
  const b = map(before);
  const a = map(after);
  const out: AuditChange[] = [];
  for (const code of new Set([...b.keys(), ...a.keys()])) {
    if (b.get(code) === a.get(code)) continue;
    const name = names.unit(code) ?? code;
    const side = (s: string | undefined): ReadableValue | null =>
      s === undefined ? null : { type: 'text', text: `${name}: ${(JSON.parse(s) as unknown[]).join(', ') || '—'}` };
    out.push({ field: 'targets', before: side(b.get(code)), after: side(a.get(code)) });
  }
  return out;
}

function describe(r: AuditRow, before: Json, after: Json, names: AuditNames) {
  const none = { object: { type: 'other' as AuditObjectType, label: '' }, dataDate: null as string | null, changes: [] as AuditChange[] };
  if (r.entityType === 'indicator_value') {
    const key = valueKey(r.entityId);
    if (!key) {
      // Import or bulk load: counts only.
      return {
        ...none,
        object: { type: 'import' as const, label: names.set(r.entityId.split('/')[0] ?? '') ?? '' },
        dataDate:
          str(r.entityId.split('/')[1]) && /^\d{4}-/.test(r.entityId.split('/')[1] ?? '') ? (r.entityId.split('/')[1] as string) : null,
        changes: [
          ...change('rows', null, num(after.rows)),
          ...change('values', null, num(after.values)),
          ...change('units', null, num(after.units)),
          ...change('skippedRows', null, num(after.skippedRows)),
          ...change('issues', null, num(after.issues)),
          ...change('dates', null, list(after.asOf)),
        ],
      };
    }
    const ind = names.indicator(key.setCode, key.indicatorCode);
    const object = { type: 'indicator' as const, label: ind ? `${ind.code} — ${ind.name}` : key.indicatorCode };
    if (r.action === 'indicator_value.record')
      return {
        object,
        dataDate: key.asOf,
        changes: [
          ...change('value', indicatorValue(before.value, ind), indicatorValue(after.value, ind)),
          ...(before.verification && before.verification !== 'self_assessed'
            ? change('verification', term('verification', before.verification), term('verification', 'self_assessed'))
            : []),
        ],
      };
    return {
      object,
      dataDate: key.asOf,
      changes: [
        ...change('verification', term('verification', before.verification), term('verification', after.verification)),
        ...change('comment', null, text(after.comment)),
      ],
    };
  }
  switch (r.entityType) {
    case 'evidence':
      return {
        object: (() => {
          const ind = names.indicator(String(after.setCode), String(after.indicatorCode));
          return { type: 'indicator' as const, label: ind ? `${ind.code} — ${ind.name}` : String(after.indicatorCode ?? '') };
        })(),
        dataDate: str(after.asOf),
        changes: change('file', null, text(after.fileName)),
      };
    case 'plan':
      return {
        ...none,
        object: { type: 'plan' as const, label: names.plan(r.entityId) ?? str(after.title) ?? str(before.title) ?? '' },
        changes:
          r.action === 'plan.update' || r.action === 'plan.target'
            ? [...change('text', text(before.title), text(after.title)), ...targetChanges(before, after, names)]
            : [
                ...change(
                  'status',
                  term('planStatus', before.status),
                  term('planStatus', after.status ?? (r.action === 'plan.create' ? 'draft' : undefined)),
                ),
                ...change('note', null, text(after.note)),
              ],
      };
    case 'plan_task': {
      const t = names.task(r.entityId) ?? { number: str(after.number) ?? '', text: str(after.text) ?? '' };
      return {
        ...none,
        object: { type: 'task' as const, label: `${t.number} — ${t.text}` },
        changes: [
          ...change('status', term('taskStatus', before.status), term('taskStatus', after.status)),
          ...change('deadline', date(before.deadline), date(after.deadline)),
          ...change('text', text(before.text), text(after.text)),
          ...change('agency', text(names.agency(str(before.leadAgencyCode))), text(names.agency(str(after.leadAgencyCode)))),
          ...change('note', text(before.note), text(after.note)),
        ],
      };
    }
    case 'attachment':
      return {
        ...none,
        object: { type: 'file' as const, label: str(after.fileName) ?? '' },
        changes: change('file', null, text(after.fileName)),
      };
    case 'supervision_visit':
      return {
        ...none,
        object: { type: 'supervision' as const, label: str(after.byName) ?? '' },
        dataDate: str(after.visitedOn),
        changes: change('findings', null, num(Array.isArray(after.findings) ? after.findings.length : undefined)),
      };
    case 'supervision_action':
      return {
        ...none,
        object: { type: 'supervision' as const, label: '' },
        changes: change('status', term('actionStatus', before.status), term('actionStatus', after.status)),
      };
    case 'user':
      return {
        ...none,
        object: { type: 'user' as const, label: names.user(r.entityId) ?? str(after.displayName) ?? '' },
        changes: [
          ...change('role', null, term('role', after.role)),
          ...change('unit', null, text(names.unit(str(after.unitCode)))),
          ...change('displayName', text(before.displayName), text(after.displayName)),
          ...change('disabled', yesno(before.disabled), yesno(after.disabled)),
        ],
      };
    case 'criterion_owner': {
      const n = Number(r.entityId.split('/')[1]);
      return {
        ...none,
        object: { type: 'criterion' as const, label: `${n} — ${names.criterion(undefined, n) ?? ''}` },
        changes: change('agency', text(names.agency(str(before.agencyCode))), text(names.agency(str(after.agencyCode)))),
      };
    }
    case 'working_group_member': {
      const m = Object.keys(after).length ? after : before;
      return {
        ...none,
        object: { type: 'member' as const, label: str(m.name) ?? '' },
        changes: change('unit', null, text(names.unit(str(m.unitCode)))),
      };
    }
    case 'criteria_set':
      return {
        ...none,
        object: { type: 'criteriaSet' as const, label: names.set(r.entityId) ?? '' },
        changes: change('version', num(before.version), num(after.version)),
      };
    case 'unit_tree':
      return { ...none, object: { type: 'unitTree' as const, label: '' }, changes: change('units', null, num(after.units)) };
    case 'unit_criteria_set':
      return {
        ...none,
        object: { type: 'unit' as const, label: names.unit(str(after.unitCode)) ?? '' },
        dataDate: str(after.validFrom),
        changes: change('criteriaSet', null, text(names.set(String(after.setCode)))),
      };
    default:
      return describeUnitImport(r, before, after, names) ?? none;
  }
}

export function presentAuditEvent(r: AuditRow, names: AuditNames): AuditEntry {
  const b = parse(r.before);
  const a = parse(r.after);
  const unreadable = !b.ok || !a.ok;
  const kind = auditKindOf(r.action);
  // Unreadable: still the object in words (from the row's own columns), but no before → after.
  const d = unreadable ? { ...describe(r, {}, {}, names), changes: [] } : describe(r, obj(b.value), obj(a.value), names);
  return {
    id: r.id,
    seq: r.seq,
    at: r.at,
    actorId: r.actorId,
    actorName: names.user(r.actorId) ?? '',
    action: kind === 'other' ? 'other' : r.action,
    kind,
    unitName: names.unit(r.unitCode),
    object: d.object,
    dataDate: d.dataDate,
    changes: d.changes,
    unreadable,
  };
}
