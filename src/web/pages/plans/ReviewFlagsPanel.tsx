/**
 * What a copy carried from last year's plan, to review before it is submitted: each item says what and
 * where, and the office marks it reviewed (recorded with who and when). Read-only for everyone else.
 */
import { Alert, Button, Group, List, Spoiler, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanView } from '../../api/plans';
import { useMarkReviewed } from '../../api/plans-new';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useFormat } from '../../lib/format';

export function ReviewFlagsPanel({ view }: { view: PlanView }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const mark = useMarkReviewed(view.plan.code);
  const [showReviewed, setShowReviewed] = useState(false);
  const flags = view.plan.reviewFlags;
  if (flags.length === 0) return null;
  const pending = flags.filter((f) => f.reviewedAt === null);
  const reviewed = flags.filter((f) => f.reviewedAt !== null);
  const text = (f: (typeof flags)[number]) => (i18n.language === 'en' ? f.messageEn : f.message);
  return (
    <Alert
      color={pending.length > 0 ? 'yellow' : 'green'}
      title={pending.length > 0 ? t('newPlan.review.title', { count: pending.length }) : t('newPlan.review.allDone')}
      data-testid="review-flags"
    >
      {pending.length > 0 && (
        <Text size="sm" mb="xs">
          {t('newPlan.review.help')}
        </Text>
      )}
      {mark.isError && <ApiErrorAlert error={mark.error} />}
      <Spoiler maxHeight={260} showLabel={t('newPlan.review.showAll')} hideLabel={t('newPlan.review.collapse')}>
        <Stack gap={6}>
          {pending.map((f) => (
            <Group key={f.id} justify="space-between" wrap="nowrap" align="flex-start" data-flag={f.id}>
              <Text size="sm">{text(f)}</Text>
              {view.permissions.edit && (
                <Button
                  size="compact-xs"
                  variant="white"
                  style={{ flexShrink: 0 }}
                  loading={mark.isPending && mark.variables?.flagId === f.id}
                  aria-label={t('newPlan.review.markLabel', { what: text(f) })}
                  onClick={() => mark.mutate({ flagId: f.id, expectedVersion: view.version })}
                >
                  {t('newPlan.review.mark')}
                </Button>
              )}
            </Group>
          ))}
        </Stack>
      </Spoiler>
      {reviewed.length > 0 && (
        <Button size="compact-xs" variant="subtle" mt="xs" onClick={() => setShowReviewed(!showReviewed)}>
          {showReviewed ? t('newPlan.review.hideReviewed') : t('newPlan.review.showReviewed', { count: reviewed.length })}
        </Button>
      )}
      {showReviewed && (
        <List size="xs" mt={4}>
          {reviewed.map((f) => (
            <List.Item key={f.id}>
              {text(f)} — {t('newPlan.review.reviewed', { name: f.reviewedBy ?? '', at: fmt.dateTime(f.reviewedAt ?? '') })}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
