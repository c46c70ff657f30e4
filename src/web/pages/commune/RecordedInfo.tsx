/** Who entered a value and when, the commune's note, and where its verification stands (self-assessed, verified, returned and why). */
import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StoredValue } from '../../api/types';
import { useFormat } from '../../lib/format';

export function RecordedInfo({ recorded, asOf }: { recorded: StoredValue | undefined; asOf: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (!recorded) {
    return (
      <Text size="xs" c="dimmed">
        {t('commune.notRecorded')}
      </Text>
    );
  }
  const who = recorded.enteredByName ?? t('commune.someone');
  // A value the system loaded (the demo's baseline, its year ends) is dated by what it stands for, not by the loading.
  const loaded = recorded.loadedBySystem;
  return (
    <div>
      <Text size="xs">
        {loaded
          ? t('dates.loadedBySystem', { date: fmt.date(recorded.asOf) })
          : t('commune.enteredBy', { who, at: fmt.dateTime(recorded.enteredAt), version: recorded.version })}
        {!loaded && recorded.asOf !== asOf && ` · ${t('commune.valueOf', { date: fmt.date(recorded.asOf) })}`}
      </Text>
      <Group gap={6} mt={2} wrap="wrap">
        {recorded.demo && (
          <Badge color="yellow" size="xs" tt="none">
            {t('demo.label')}
          </Badge>
        )}
        {recorded.verification === 'verified' && (
          <Badge color="teal" size="xs" tt="none">
            {loaded && recorded.verifiedBy === recorded.enteredBy
              ? t('dates.verifiedLoaded')
              : t('verification.verifiedBy', {
                  who: recorded.verifiedByName ?? '',
                  at: recorded.verifiedAt ? fmt.dateTime(recorded.verifiedAt) : '',
                })}
          </Badge>
        )}
        {recorded.verification === 'self_assessed' && (
          <Badge color="lime" variant="outline" size="xs" tt="none">
            {t('verification.self_assessed')}
          </Badge>
        )}
        {recorded.verification === 'returned' && (
          <Badge color="red" variant="light" size="xs" tt="none">
            {recorded.verifiedByName
              ? t('verification.returnedBy', {
                  who: recorded.verifiedByName,
                  at: recorded.verifiedAt ? fmt.dateTime(recorded.verifiedAt) : '',
                })
              : t('verification.returned')}
          </Badge>
        )}
      </Group>
      {recorded.reviewComment && (
        <Text size="xs" c={recorded.verification === 'returned' ? 'red.8' : 'dimmed'}>
          {t('verification.comment', { comment: recorded.reviewComment })}
        </Text>
      )}
      {recorded.verification === 'returned' && (
        <Text size="xs" c="red.8">
          {t('trust.returnedHint')}
        </Text>
      )}
      {recorded.note && (
        <Text size="xs" c="dimmed">
          {t('trust.note', { note: recorded.note })}
        </Text>
      )}
    </div>
  );
}
