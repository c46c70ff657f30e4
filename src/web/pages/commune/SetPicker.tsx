/**
 * Chooses the criteria set a commune is evaluated against: its own (default), the national QĐ 318
 * set (where unknown thresholds show "chưa có ngưỡng"), or a higher tier's set to see the way ahead.
 */
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCriteriaSets } from '../../api/criteria-sets';

export function SetPicker({ value, onChange }: { value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const sets = useCriteriaSets();
  const items = sets.data?.items ?? [];
  const data = items.some((s) => s.code === value) ? items : [{ code: value, name: value, tier: 'ntm' as const }, ...items];
  return (
    <NativeSelect
      label={t('commune.set')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      // The set's own name says its tier ("… xã nông thôn mới nâng cao …"); tier.* words are the evaluation's.
      data={data.map((s) => ({ value: s.code, label: s.name }))}
      w={{ base: '100%', sm: 560 }}
      size="sm"
    />
  );
}
