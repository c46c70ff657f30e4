/** Small pieces the survey pages share: a rate in words, the condition badge, the hamlet picker. */
import { Badge, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { useFormat } from '../../lib/format';

export const pct = (fmt: ReturnType<typeof useFormat>, v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${fmt.number(v, 1)}%`;

const COLOR = { met: 'green', not_met: 'red', unknown: 'gray' } as const;

export function ConditionBadge({ state }: { state: 'met' | 'not_met' | 'unknown' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[state]} variant="light" tt="none">
      {t(`survey.condition.${state}`)}
    </Badge>
  );
}

export function HamletPicker({
  hamlets,
  value,
  onChange,
}: {
  hamlets: { id: string; name: string }[];
  value: string | null;
  onChange: (v: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Select
      label={t('survey.hamlet')}
      placeholder={t('survey.chooseHamlet')}
      data={hamlets.map((h) => ({ value: h.id, label: h.name }))}
      value={value}
      onChange={onChange}
      allowDeselect={false}
    />
  );
}
