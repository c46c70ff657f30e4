/**
 * What a reviewer decides on, inside the review dialog: the indicator and the threshold the engine
 * applies to that commune (with the entered value's result), the previous value, the commune's note,
 * who entered it when, and every evidence file — images previewed in place, PDFs opened in a new tab.
 */
import { Anchor, Group, Image, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { evidenceUrl } from '../../api/evidence';
import type { ReviewItem } from '../../api/types';
import { IndicatorBadge } from '../../components/StatusBadge';
import { useFormat } from '../../lib/format';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </div>
  );
}

export function ReviewDetails({ item, name, unit }: { item: ReviewItem; name: string; unit: string | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const u = item.indicatorUnit ?? unit;
  const threshold =
    item.kind === 'boolean'
      ? t('trust.thresholdBoolean')
      : item.kind === 'zero'
        ? t('trust.thresholdZero')
        : item.threshold === null || item.threshold === undefined
          ? t('trust.thresholdUnknown')
          : t(item.kind === 'max' ? 'trust.thresholdMax' : 'trust.thresholdMin', { value: fmt.value(item.threshold, u ?? undefined) });
  const inline = (id: string) => `${evidenceUrl(id)}?inline=1`;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {item.unitName} — {t('commune.indicatorN', { code: item.indicatorCode })} {item.indicatorName ?? name}
      </Text>
      <Group gap="lg" align="flex-start" wrap="wrap">
        <Row label={t('trust.value')}>
          <Group gap={6}>
            <Text fw={700}>{fmt.value(item.value, u ?? undefined)}</Text>
            {item.outcome && <IndicatorBadge status={item.outcome} />}
          </Group>
        </Row>
        <Row label={t('trust.threshold')}>
          <Text size="sm">{threshold}</Text>
        </Row>
      </Group>
      <Row label={t('trust.previous')}>
        <Text size="sm">
          {item.previous
            ? t('trust.previousValue', {
                value: fmt.value(item.previous.value, u ?? undefined),
                date: fmt.date(item.previous.asOf),
                state: t(`verification.${item.previous.verification}`),
              })
            : t('trust.noPrevious')}
        </Text>
      </Row>
      <Text size="sm">{t('trust.enteredBy', { who: item.enteredByName, at: fmt.dateTime(item.enteredAt) })}</Text>
      {item.note && <Text size="sm">{t('trust.note', { note: item.note })}</Text>}
      {item.verification === 'returned' && item.reviewComment && (
        <Text size="sm" c="red.8">
          {t('trust.returnedWhy', {
            who: item.verifiedByName ?? '',
            at: item.verifiedAt ? fmt.dateTime(item.verifiedAt) : '',
            comment: item.reviewComment,
          })}
        </Text>
      )}
      <Row label={t('trust.evidence')}>
        {(item.evidence ?? []).length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('trust.noEvidence')}
          </Text>
        ) : (
          <Stack gap={6}>
            {(item.evidence ?? []).map((e) => (
              <div key={e.id}>
                <Anchor href={inline(e.id)} target="_blank" rel="noopener" size="sm">
                  {e.fileName}
                </Anchor>
                <Text span size="xs" c="dimmed">
                  {' '}
                  · {fmt.bytes(e.size)} · {t('evidence.uploadedBy', { who: e.uploadedByName, at: fmt.dateTime(e.uploadedAt) })}
                </Text>
                {e.contentType.startsWith('image/') && (
                  <Image src={inline(e.id)} alt={`${t('trust.preview')}: ${e.fileName}`} mah={220} fit="contain" mt={4} />
                )}
              </div>
            ))}
          </Stack>
        )}
      </Row>
    </Stack>
  );
}
