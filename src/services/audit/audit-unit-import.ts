/**
 * How the audit log words the rows of an import of the official list of units: the unit by its name,
 * and before → after of its name, parent and validity; a new successor link as "predecessor → successor"
 * from its effective date. Kept apart from audit-presenter.ts so that file stays one screen per noun.
 */
import type { AuditRow } from '../../db/schema.js';
import type { AuditChange, AuditField, ReadableValue } from '../../domain/audit/audit-actions.js';
import type { AuditNames } from './audit-names.js';

type Obj = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
const text = (v: unknown): ReadableValue | null => (str(v) ? { type: 'text', text: v as string } : null);
const date = (v: unknown): ReadableValue | null =>
  str(v) && /^\d{4}-\d{2}-\d{2}$/.test(v as string) ? { type: 'date', value: v as string } : null;

function change(field: AuditField, before: ReadableValue | null, after: ReadableValue | null): AuditChange[] {
  if ((before === null && after === null) || JSON.stringify(before) === JSON.stringify(after)) return [];
  return [{ field, before, after }];
}

/** The object and changes of a unit-import row; null for any other row. */
export function describeUnitImport(r: AuditRow, before: Obj, after: Obj, names: AuditNames) {
  const unit = (code: unknown) => (str(code) ? (names.unit(code as string) ?? (code as string)) : null);
  if (r.entityType === 'administrative_unit') {
    return {
      object: { type: 'unit' as const, label: unit(r.entityId) ?? str(after.name) ?? r.entityId },
      dataDate: null,
      changes: [
        ...change('name', text(before.name), text(after.name)),
        ...change('parent', text(unit(before.parentCode)), text(unit(after.parentCode))),
        ...change('validFrom', date(before.validFrom), date(after.validFrom)),
        ...change('validTo', date(before.validTo), date(after.validTo)),
      ],
    };
  }
  if (r.entityType === 'unit_succession') {
    return {
      object: { type: 'unit' as const, label: unit(after.successorCode) ?? '' },
      dataDate: str(after.effectiveDate),
      changes: [
        ...change('successor', text(unit(after.predecessorCode)), text(unit(after.successorCode))),
        ...change('note', null, text(after.legalBasis)),
      ],
    };
  }
  return null;
}
