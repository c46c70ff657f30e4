/**
 * Which requirement an indicator was judged against and why: the value required, the classification
 * it is for (and the rule that chose it, e.g. "xã ĐBKK dùng mức vùng TDMNPB") in the set's own names, the year, "chưa có ngưỡng" when the set does not know the
 * value, "chưa đối chiếu văn bản" when it was not checked against the official text, and the source.
 */
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorEvaluation } from '../../api/types';
import { useFormat } from '../../lib/format';

const NEEDS_THRESHOLD = new Set(['min', 'max', 'income']);

export function ThresholdExplain({ ind }: { ind: Omit<IndicatorEvaluation, 'statusLabel' | 'returned' | 'valueDate' | 'stale'> }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const b = ind.basis;
  const needs = NEEDS_THRESHOLD.has(ind.kind);
  const unit = ind.unit ? ` ${ind.unit}` : '';
  let requirement: string;
  if (ind.kind === 'boolean') requirement = t('threshold.mustBeMet');
  else if (ind.kind === 'zero') requirement = t('threshold.mustBeZero');
  else if (ind.threshold === null) requirement = t('threshold.unknown');
  else requirement = `${ind.kind === 'max' ? '≤' : '≥'} ${fmt.number(ind.threshold)}${unit}`;

  const reasons: string[] = [];
  if (b && needs) {
    const named = b.named ?? { where: [], rules: [] };
    if (b.scope === 'region')
      for (const w of named.where) reasons.push(t('classify.byClassification', { dimension: w.dimension, values: w.values.join(', ') }));
    else if (b.scope === 'general') reasons.push(t('threshold.general'));
    else reasons.push(t('threshold.none'));
    for (const r of named.rules) reasons.push(t('classify.rule', { from: r.from, dimension: r.dimension, to: r.to }));
    if (b.yearBound) reasons.push(t('threshold.year', { year: b.year }));
    if (b.derived) reasons.push(t('threshold.derived', { percent: fmt.number(b.derived.factor * 100), code: b.derived.indicatorCode }));
  }
  const provenance = b?.provenance;
  return (
    <div>
      <Group gap={6} wrap="wrap">
        <Text size="sm" fw={600}>
          {requirement}
        </Text>
        {!ind.verified && (
          <Badge color="orange" variant="outline" tt="none">
            {t('threshold.unverified')}
          </Badge>
        )}
      </Group>
      {reasons.length > 0 && (
        <Text size="xs" c="dimmed">
          {reasons.join(' · ')}
        </Text>
      )}
      {provenance && (
        <details className="source-details">
          <summary>{t('threshold.source')}</summary>
          <Text size="xs">{provenance.source}</Text>
          {provenance.note && (
            <Text size="xs" c="dimmed">
              {provenance.note}
            </Text>
          )}
        </details>
      )}
    </div>
  );
}
