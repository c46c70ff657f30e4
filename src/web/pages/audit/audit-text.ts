/**
 * Words an audit entry in the current language: the action's name (a generic one for an action
 * this version does not know), the object, before/after values with the decimal comma and states
 * by name, and times in Vietnam time (UTC+7) whatever the browser's zone.
 */
import type { TFunction } from 'i18next';
import type { ReadableValue } from '../../../domain/audit/audit-actions';
import type { AuditEntry } from '../../api/audit';
import type { useFormat } from '../../lib/format';

type Fmt = ReturnType<typeof useFormat>;

export function actionName(t: TFunction, action: string): string {
  return t(`auditLog.action.${action}`, { defaultValue: t('auditLog.action.other') });
}

export function objectText(t: TFunction, e: AuditEntry): string {
  if (!e.object.label && e.object.type !== 'unitTree') return '';
  return t(`auditLog.object.${e.object.type}`, { label: e.object.label, defaultValue: e.object.label });
}

export function valueText(t: TFunction, fmt: Fmt, v: ReadableValue | null, field: string): string {
  if (v === null) return t('auditLog.nothing');
  switch (v.type) {
    case 'text':
      return v.text;
    case 'number':
      return v.unit ? `${fmt.number(v.value)} ${v.unit}` : fmt.number(v.value);
    case 'yesno':
      // An indicator's yes/no reads as met / not met; other flags as yes / no.
      return field === 'value' ? t(v.value ? 'auditLog.valueYes' : 'auditLog.valueNo') : t(v.value ? 'auditLog.yes' : 'auditLog.no');
    case 'term':
      return t(`auditLog.term.${v.group}.${v.key}`, { defaultValue: t('auditLog.term.unknown') });
    case 'date':
      return fmt.date(v.value);
    case 'list':
      return v.items.map((x) => (/^\d{4}-\d{2}-\d{2}$/.test(x) ? fmt.date(x) : x)).join(', ');
  }
}
