/** Badges for a criterion or indicator status and for a commune's tier, always with text (not colour alone). */
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DatedCriterionStatus } from '../../domain/freshness/value-age';
import type { IndicatorStatus, Tier } from '../api/types';
import { useFormat } from '../lib/format';
import { CELL_SYMBOL, CRITERION_COLOR, INDICATOR_COLOR, INDICATOR_SYMBOL } from './status';

/** `valueDate`: for an outdated criterion, the date of the values it still has (said beside it). */
export function CriterionBadge({ status, valueDate }: { status: DatedCriterionStatus; valueDate?: string | null | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const text =
    status === 'outdated'
      ? valueDate
        ? t('dates.outdatedOn', { date: fmt.date(valueDate) })
        : t('dates.outdated')
      : t(`status.criterion.${status}`);
  return (
    <Badge
      color={CRITERION_COLOR[status]}
      variant={status === 'met' ? 'filled' : 'light'}
      tt="none"
      style={{ flexShrink: 0 }}
      leftSection={status === 'outdated' ? <span aria-hidden>{CELL_SYMBOL.outdated}</span> : undefined}
    >
      {text}
    </Badge>
  );
}

export function IndicatorBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={INDICATOR_COLOR[status]}
      variant="light"
      tt="none"
      style={{ flexShrink: 0 }}
      leftSection={<span aria-hidden>{INDICATOR_SYMBOL[status]}</span>}
    >
      {t(`status.indicator.${status}`)}
    </Badge>
  );
}

const TIER_COLOR: Record<Tier, string> = { ntm: 'teal', advanced: 'blue', model: 'grape', modern: 'indigo', other: 'gray' };

/** `name`: the tier's name from the set's data, when the page has it (a tier a new set adds has no UI string). */
export function TierBadge({ tier, name }: { tier: Tier | null | undefined; name?: string | undefined }) {
  const { t } = useTranslation();
  if (!tier) {
    return (
      <Badge color="gray" variant="outline" tt="none">
        {t('tier.none')}
      </Badge>
    );
  }
  return (
    <Badge color={TIER_COLOR[tier] ?? 'indigo'} tt="none">
      {name ?? t(`tier.${tier}`, { defaultValue: t('tier.other') })}
    </Badge>
  );
}
