/**
 * The adjustments of an approved plan (decision number, date, reason, status): an approved plan's lines
 * are never edited, changes come as adjustments the leader approves. Read-only here for now.
 */
import { Badge, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Allocation } from '../../api/money';
import { dmy } from './money-format';

export function Adjustments({ plan }: { plan: Allocation }) {
  const { t } = useTranslation();
  if (plan.adjustments.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('money.adjustments')}
      </Title>
      <List>
        {plan.adjustments.map((a) => (
          <List.Item key={a.id}>
            <Text span>{t('money.adjustment', { number: a.decisionNumber, date: dmy(a.decisionDate), reason: a.reason })}</Text>{' '}
            <Badge variant="light" color={a.status === 'approved' ? 'green' : 'gray'}>
              {t(`money.adjStatuses.${a.status}`)}
            </Badge>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
