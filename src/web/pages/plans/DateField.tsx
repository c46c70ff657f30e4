/** A date typed as dd/mm/yyyy, kept as ISO; an unreal day is refused with a message. */
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateVi, parseDate } from '../../../domain/text/vietnamese';

interface Props {
  label: string;
  value: string | null;
  onChange: (iso: string | null) => void;
  required?: boolean;
}

export function DateField({ label, value, onChange, required }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? formatDateVi(value) : '');
  const [error, setError] = useState<string | null>(null);
  return (
    <TextInput
      label={label}
      placeholder="dd/mm/yyyy"
      value={text}
      required={required}
      error={error}
      onChange={(e) => {
        const s = e.currentTarget.value;
        setText(s);
        if (s.trim() === '') {
          setError(null);
          onChange(null);
          return;
        }
        const iso = parseDate(s);
        setError(iso ? null : t('asOf.invalid'));
        if (iso) onChange(iso);
      }}
    />
  );
}
