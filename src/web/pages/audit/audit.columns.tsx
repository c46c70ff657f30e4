/** Columns of the audit trail: when, who, what, on which indicator, before and after. */
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { AuditEvent, IndicatorValue } from '../../api/types';
import type { useFormat } from '../../lib/format';

type Fmt = ReturnType<typeof useFormat>;

/** "24703/set/2.2/2021-12-31" → "2.2" (the indicator part of a value's entity id). */
export const indicatorOf = (entityId: string) => entityId.split('/')[2] ?? entityId;

function Snapshot({ data, fmt, t }: { data: unknown; fmt: Fmt; t: TFunction }) {
  if (data === null || data === undefined) return <span>–</span>;
  const o = typeof data === 'object' ? (data as Record<string, unknown>) : null;
  const version = o && typeof o.version === 'number' ? ` (${t('audit.version', { v: o.version })})` : '';
  const verification = o && typeof o.verification === 'string' ? t(`verification.${o.verification}`) : null;
  const summary =
    o && 'value' in o
      ? `${fmt.value(o.value as IndicatorValue | null)}${version}`
      : verification
        ? `${verification}${typeof o?.comment === 'string' ? ` — ${o.comment}` : ''}`
        : null;
  const json = JSON.stringify(data);
  if (summary && Object.keys(o ?? {}).length <= 2) return <span>{summary}</span>;
  return (
    <details className="source-details">
      <summary>{summary ?? (json.length > 40 ? `${json.slice(0, 40)}…` : json)}</summary>
      <pre className="audit-json">{JSON.stringify(data, null, 2)}</pre>
    </details>
  );
}

export function auditColumns(t: TFunction, fmt: Fmt): ColumnDef<AuditEvent, unknown>[] {
  const knownAction = (a: string) => {
    const key = `audit.actions.${a.replace(/\./g, '_')}`;
    const label = t(key);
    return label === key ? a : label;
  };
  return [
    { id: 'at', header: t('audit.at'), accessorFn: (e) => e.at, cell: ({ row }) => fmt.dateTime(row.original.at) },
    { id: 'actor', header: t('audit.actor'), accessorFn: (e) => e.actorName },
    { id: 'action', header: t('audit.action'), accessorFn: (e) => knownAction(e.action) },
    { id: 'indicator', header: t('review.indicator'), accessorFn: (e) => indicatorOf(e.entityId) },
    {
      id: 'before',
      header: t('audit.before'),
      enableSorting: false,
      cell: ({ row }) => <Snapshot data={row.original.before} fmt={fmt} t={t} />,
    },
    {
      id: 'after',
      header: t('audit.after'),
      enableSorting: false,
      cell: ({ row }) => <Snapshot data={row.original.after} fmt={fmt} t={t} />,
    },
  ];
}
