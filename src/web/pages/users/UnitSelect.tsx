/** Picks an administrative unit by typing part of its name (searched on the server, diacritics ignored). */
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../api/units';

interface Props {
  value: string | null;
  onChange: (code: string | null) => void;
  asOf: string | undefined;
  error?: string | null;
}

export function UnitSelect({ value, onChange, asOf, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const units = useUnits({ ...(asOf ? { asOf } : {}), ...(q ? { q } : {}) }, !!asOf);
  const data = (units.data?.items ?? [])
    .slice(0, 50)
    .map((u) => ({ value: u.code, label: `${u.name} (${t(`unitKind.${u.kind}`)}, ${u.code})` }));
  return (
    <Select
      label={t('users.unit')}
      placeholder={t('users.unitSearch')}
      searchable
      required
      data={data}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={units.isFetching ? t('common.loading') : t('users.noUnit')}
      error={error}
    />
  );
}
