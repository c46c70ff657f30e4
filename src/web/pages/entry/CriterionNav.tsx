/**
 * Moves through the criteria one at a time, each shown with its live status (recomputed in the
 * browser as values are typed): a list on wide screens, a select on phones.
 */
import { Badge, NavLink, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CriterionStatus } from '../../api/types';
import { CRITERION_COLOR } from '../../components/status';

interface Props {
  criteria: { number: number; name: string; status: CriterionStatus | undefined; changed: number }[];
  value: number;
  onChange: (n: number) => void;
}

const SYMBOL: Record<CriterionStatus, string> = { met: '✓', not_met: '✗', incomplete: '?' };

export function CriterionNav({ criteria, value, onChange }: Props) {
  const { t } = useTranslation();
  const label = (c: Props['criteria'][number]) =>
    `${c.number}. ${c.name}${c.status ? ` — ${t(`status.criterion.${c.status}`)}` : ''}${c.changed ? ` (${t('entry.changedN', { n: c.changed })})` : ''}`;
  return (
    <>
      <Select
        hiddenFrom="md"
        label={t('entry.criterion')}
        data={criteria.map((c) => ({ value: String(c.number), label: label(c) }))}
        value={String(value)}
        onChange={(v) => v && onChange(Number(v))}
        allowDeselect={false}
      />
      <Stack gap={2} visibleFrom="md" component="nav" aria-label={t('entry.criteriaNav')}>
        {criteria.map((c) => (
          <NavLink
            key={c.number}
            component="button"
            type="button"
            active={c.number === value}
            aria-current={c.number === value ? 'step' : undefined}
            onClick={() => onChange(c.number)}
            label={`${c.number}. ${c.name}`}
            aria-label={label(c)}
            rightSection={
              c.status && (
                <Badge size="sm" circle color={CRITERION_COLOR[c.status]} variant={c.changed ? 'outline' : 'filled'} aria-hidden>
                  {SYMBOL[c.status]}
                </Badge>
              )
            }
          />
        ))}
      </Stack>
    </>
  );
}
