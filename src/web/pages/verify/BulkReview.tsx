/**
 * "Xác minh tất cả" in the queue: per commune and per criterion, the pending values the user may
 * verify, in one action after a confirmation naming the count. The server audits each value and
 * refuses the whole action (naming the value) if one changed meanwhile.
 */
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareVi } from '../../../domain/text/vietnamese';
import { useBulkReview } from '../../api/reviews';
import type { ReviewItem } from '../../api/types';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

interface BulkGroup {
  key: string;
  label: string;
  what: string;
  items: ReviewItem[];
}

interface Props {
  area: string;
  /** Pending (self-assessed) values the user may verify. */
  items: ReviewItem[];
  setOf: (item: ReviewItem) => string;
}

export function BulkReview({ area, items, setOf }: Props) {
  const { t } = useTranslation();
  const bulk = useBulkReview();
  const [chosen, setChosen] = useState<BulkGroup | null>(null);
  const [done, setDone] = useState<number | null>(null);
  const communes = new Map<string, ReviewItem[]>();
  const criteria = new Map<number, ReviewItem[]>();
  for (const i of items) {
    communes.set(i.unitCode, [...(communes.get(i.unitCode) ?? []), i]);
    criteria.set(i.criterionNumber, [...(criteria.get(i.criterionNumber) ?? []), i]);
  }
  const groups: BulkGroup[] = [
    ...[...communes.values()]
      .filter((l) => l.length > 1)
      .sort((a, b) => compareVi(a[0]?.unitName ?? '', b[0]?.unitName ?? ''))
      .map((l) => ({
        key: `c${l[0]?.unitCode}`,
        label: `${t('trust.bulkCommune')} ${l[0]?.unitName} (${l.length})`,
        what: t('trust.bulkCommuneWhat', { name: l[0]?.unitName }),
        items: l,
      })),
    ...[...criteria.entries()]
      .filter(([, l]) => l.length > 1)
      .sort(([a], [b]) => a - b)
      .map(([n, l]) => ({
        key: `k${n}`,
        label: `${t('trust.bulkCriterion', { n })} (${l.length})`,
        what: t('trust.bulkCriterionWhat', { n }),
        items: l,
      })),
  ];
  const doneText =
    done !== null ? (
      <Text size="sm" c="teal.8" role="status">
        {t('trust.bulkDone', { count: done })}
      </Text>
    ) : null;
  // After the last values are verified the buttons go, but the confirmation stays.
  if (groups.length === 0) return doneText;
  const confirm = () => {
    if (!chosen) return;
    bulk.mutate(
      {
        area,
        items: chosen.items.map((i) => ({
          unit: i.unitCode,
          set: setOf(i),
          indicator: i.indicatorCode,
          asOf: i.asOf,
          expectedVersion: i.version,
        })),
      },
      {
        onSuccess: (r) => {
          setDone(r.verified);
          setChosen(null);
        },
      },
    );
  };
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        {groups.map((g) => (
          <Button
            key={g.key}
            size="compact-sm"
            variant="light"
            color="teal"
            onClick={() => {
              bulk.reset();
              setDone(null);
              setChosen(g);
            }}
          >
            {g.label}
          </Button>
        ))}
      </Group>
      {doneText}
      <Modal opened={!!chosen} onClose={() => setChosen(null)} title={t('trust.bulkConfirmTitle')} centered>
        {chosen && <Text size="sm">{t('trust.bulkConfirm', { count: chosen.items.length, what: chosen.what })}</Text>}
        {bulk.error ? <ApiErrorAlert error={bulk.error} m="xs" /> : null}
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setChosen(null)}>
            {t('trust.cancel')}
          </Button>
          <Button color="teal" loading={bulk.isPending} onClick={confirm}>
            {t('trust.confirm')}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
