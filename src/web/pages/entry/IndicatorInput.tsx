/**
 * The input for one indicator, by kind: a yes/no toggle for boolean indicators, a number field
 * (decimal comma accepted) for the others, and "không áp dụng" for "nếu có" indicators. Every
 * value is checked with the domain's checkValue as it is typed.
 */
import { Checkbox, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checkValue } from '../../../domain/evaluation/value.validator';
import type { Indicator, IndicatorValue } from '../../api/types';
import { parseDecimal, toInputText } from '../../lib/decimal';
import type { Edit } from './use-entry';

interface Props {
  ind: Indicator;
  current: IndicatorValue | null;
  edit: Edit | undefined;
  onChange: (edit: Edit) => void;
  labelId: string;
}

export function IndicatorInput({ ind, current, edit, onChange, labelId }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const value = edit ? edit.value : current;
  const check = (v: IndicatorValue | null) => {
    if (v === null) return null;
    const e = checkValue(ind, v);
    return e ? (lang === 'en' ? e.en : e.vi) : null;
  };

  if (ind.kind === 'boolean') {
    const data = [
      { value: 'true', label: t('entry.yes') },
      { value: 'false', label: t('entry.no') },
      ...(ind.appliesIfPresent ? [{ value: 'na', label: t('value.notApplicable') }] : []),
      { value: 'none', label: t('entry.empty') },
    ];
    const sel = value === true ? 'true' : value === false ? 'false' : value === 'not_applicable' ? 'na' : 'none';
    return (
      <SegmentedControl
        aria-labelledby={labelId}
        data={data}
        value={sel}
        fullWidth
        onChange={(s) => {
          const v: IndicatorValue | null = s === 'true' ? true : s === 'false' ? false : s === 'na' ? 'not_applicable' : null;
          onChange({ value: v, error: check(v) });
        }}
      />
    );
  }

  const na = value === 'not_applicable';
  const text = edit?.text ?? (typeof value === 'number' ? toInputText(value, lang) : '');
  return (
    <Stack gap={4}>
      <TextInput
        aria-labelledby={labelId}
        inputMode="decimal"
        autoComplete="off"
        value={na ? '' : text}
        disabled={na}
        placeholder={ind.kind === 'zero' ? '0' : lang === 'en' ? '71.2' : '71,2'}
        rightSection={ind.unit ? <span className="unit-suffix">{ind.unit}</span> : undefined}
        rightSectionWidth={ind.unit ? Math.min(40 + ind.unit.length * 6, 170) : undefined}
        error={edit?.error}
        onChange={(e) => {
          const raw = e.currentTarget.value;
          const n = parseDecimal(raw, lang);
          if (n === 'invalid') onChange({ value: null, text: raw, error: t('entry.notANumber') });
          else onChange({ value: n, text: raw, error: check(n) });
        }}
      />
      {ind.appliesIfPresent && (
        <Checkbox
          label={t('entry.notApplicable')}
          checked={na}
          onChange={(e) =>
            onChange(e.currentTarget.checked ? { value: 'not_applicable', error: null } : { value: null, text: '', error: null })
          }
        />
      )}
    </Stack>
  );
}
