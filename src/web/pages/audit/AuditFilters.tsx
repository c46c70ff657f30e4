/**
 * The area log's filters, kept in the address (shareable, back button works): commune, criterion,
 * person, kind of change, period (dd/mm/yyyy). Dates that do not parse are shown as an error, not sent.
 */
import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_KINDS } from '../../../domain/audit/audit-actions';
import { formatDateVi, parseDate } from '../../../domain/text/vietnamese';

export type FilterKey = 'xa' | 'tieu-chi' | 'nguoi' | 'loai' | 'tu' | 'den';

interface Props {
  get: (k: FilterKey) => string | undefined;
  set: (k: FilterKey, v: string | null) => void;
  clear: () => void;
  communes: { value: string; label: string }[];
  criteria: { value: string; label: string }[];
  people: { value: string; label: string }[];
  showChanges: boolean;
}

function DateField({ label, value, onChange }: { label: string; value: string | undefined; onChange: (iso: string | null) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? formatDateVi(value) : '');
  useEffect(() => setText(value ? formatDateVi(value) : ''), [value]);
  const bad = text.trim() !== '' && parseDate(text.trim()) === null;
  return (
    <TextInput
      label={label}
      placeholder={t('auditLog.datePlaceholder')}
      value={text}
      inputMode="numeric"
      error={bad ? t('auditLog.badDate') : undefined}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => {
        const trimmed = text.trim();
        if (trimmed === '') onChange(null);
        else {
          const iso = parseDate(trimmed);
          if (iso) onChange(iso);
        }
      }}
    />
  );
}

export function AuditFilters({ get, set, clear, communes, criteria, people, showChanges }: Props) {
  const { t } = useTranslation();
  const kinds = AUDIT_KINDS.filter((k) => k !== 'security').map((k) => ({ value: k, label: t(`auditLog.kind.${k}`) }));
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" aria-label={t('auditLog.filters')}>
      {showChanges && (
        <>
          <Select
            label={t('auditLog.commune')}
            placeholder={t('auditLog.allCommunes')}
            data={communes}
            value={get('xa') ?? null}
            onChange={(v) => set('xa', v)}
            searchable
            clearable
          />
          <Select
            label={t('auditLog.criterion')}
            placeholder={t('auditLog.allCriteria')}
            data={criteria}
            value={get('tieu-chi') ?? null}
            onChange={(v) => set('tieu-chi', v)}
            searchable
            clearable
          />
          <Select
            label={t('auditLog.user')}
            placeholder={t('auditLog.allUsers')}
            data={people}
            value={get('nguoi') ?? null}
            onChange={(v) => set('nguoi', v)}
            searchable
            clearable
          />
          <Select
            label={t('auditLog.kindLabel')}
            placeholder={t('auditLog.allKinds')}
            data={kinds}
            value={get('loai') ?? null}
            onChange={(v) => set('loai', v)}
            clearable
          />
        </>
      )}
      <DateField label={t('auditLog.from')} value={get('tu')} onChange={(v) => set('tu', v)} />
      <DateField label={t('auditLog.to')} value={get('den')} onChange={(v) => set('den', v)} />
      <Group align="flex-end">
        <Button variant="subtle" onClick={clear}>
          {t('auditLog.clear')}
        </Button>
      </Group>
    </SimpleGrid>
  );
}
