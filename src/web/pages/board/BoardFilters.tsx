/** The board's filter bar: tier, minimum and maximum criteria met, and the commune name search. */
import { Button, Group, NativeSelect, NumberInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type BoardFilter, EMPTY_FILTER, isFiltering, type TierFilter } from './board-filter';

interface Props {
  value: BoardFilter;
  onChange: (f: BoardFilter) => void;
  criteriaCount: number;
  /** The tiers the board's sets declare (base first). */
  tiers: { code: string; name: string }[];
}

const toCount = (v: string | number) => (v === '' ? null : Number(v));

export function BoardFilters({ value, onChange, criteriaCount, tiers: declared }: Props) {
  const { t, i18n } = useTranslation();
  const named = new Map(declared.map((d) => [d.code, d.name]));
  const tiers: TierFilter[] = ['all', 'none', ...declared.map((d) => d.code)];
  const label = (tier: string) =>
    tier === 'all' ? t('board.allTiers') : i18n.exists(`tier.${tier}`) ? t(`tier.${tier}`) : (named.get(tier) ?? tier);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" role="search" aria-label={t('board.filters')}>
      <TextInput
        label={t('board.search')}
        placeholder={t('board.searchPlaceholder')}
        value={value.q}
        onChange={(e) => onChange({ ...value, q: e.currentTarget.value })}
        w={{ base: '100%', xs: 220 }}
      />
      <NativeSelect
        label={t('board.tier')}
        data={tiers.map((tier) => ({ value: tier, label: label(tier) }))}
        value={value.tier}
        onChange={(e) => onChange({ ...value, tier: e.currentTarget.value as TierFilter })}
        w={{ base: '100%', xs: 170 }}
      />
      <NumberInput
        label={t('board.min')}
        min={0}
        max={criteriaCount}
        value={value.min ?? ''}
        onChange={(v) => onChange({ ...value, min: toCount(v) })}
        w={120}
      />
      <NumberInput
        label={t('board.max')}
        min={0}
        max={criteriaCount}
        value={value.max ?? ''}
        onChange={(v) => onChange({ ...value, max: toCount(v) })}
        w={120}
      />
      {isFiltering(value) && (
        <Button variant="subtle" onClick={() => onChange(EMPTY_FILTER)}>
          {t('board.clearFilters')}
        </Button>
      )}
    </Group>
  );
}
