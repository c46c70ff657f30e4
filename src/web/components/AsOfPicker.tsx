/**
 * The as-of date (ngày số liệu) typed as dd/mm/yyyy: applied on Enter or when leaving the field,
 * refused with a message when it is not a real day or lies outside the unit's validity; beside it the
 * quick choices of the date context (end of each plan year, end of each quarter, today).
 */
import { Button, Group, Menu, TextInput } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateVi, parseDate } from '../../domain/text/vietnamese';
import type { QuickChoice } from '../../domain/units/date-context';

interface Props {
  value: string | undefined;
  onChange: (iso: string) => void;
  min?: string | undefined;
  max?: string | undefined;
  choices?: readonly QuickChoice[] | undefined;
}

export function AsOfPicker({ value, onChange, min, max, choices }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(value ? formatDateVi(value) : '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(value ? formatDateVi(value) : '');
    setError(null);
  }, [value]);

  const apply = () => {
    const iso = parseDate(text);
    if (!iso) return setError(t('asOf.invalid'));
    if (min && iso < min) return setError(t('asOf.beforeMin', { date: formatDateVi(min) }));
    if (max && iso > max) return setError(t('asOf.afterMax', { date: formatDateVi(max) }));
    setError(null);
    if (iso !== value) onChange(iso);
  };

  return (
    <Group gap="xs" align="flex-end" wrap="wrap">
      <TextInput
        id={id}
        label={t('asOf.label')}
        placeholder="dd/mm/yyyy"
        inputMode="numeric"
        value={text}
        error={error}
        w={150}
        onChange={(e) => setText(e.currentTarget.value)}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
        }}
      />
      {choices && choices.length > 0 && <QuickChoices choices={choices} onPick={onChange} />}
      {max && value !== max && (
        <Button variant="subtle" size="sm" onClick={() => onChange(max)}>
          {t('asOf.lastDay')}
        </Button>
      )}
    </Group>
  );
}

function QuickChoices({ choices, onPick }: { choices: readonly QuickChoice[]; onPick: (iso: string) => void }) {
  const { t } = useTranslation();
  const label = (c: QuickChoice) => {
    const date = formatDateVi(c.date);
    if (c.kind === 'today') return t('dateCtx.today', { date });
    if (c.kind === 'quarter') return t('dateCtx.quarter', { quarter: c.quarter, year: c.year, date });
    return t('dateCtx.planYear', { year: c.year, date });
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="light" size="sm" aria-label={t('dateCtx.quickLabel')}>
          {t('dateCtx.quick')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {choices.map((c) => (
          <Menu.Item key={c.date} onClick={() => onPick(c.date)}>
            {label(c)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
