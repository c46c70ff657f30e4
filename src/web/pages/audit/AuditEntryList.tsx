/**
 * A page of audit entries as people read them: a table on a wide screen, cards on a phone (375 px),
 * each with when (Vietnam time), who, what in words, the data date and before → after; "show more"
 * fetches the next (older) page by cursor.
 */
import { Alert, Badge, Button, Card, Group, List, Stack, Table, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVi } from '../../../domain/text/vietnamese';
import type { AuditEntry, AuditPage } from '../../api/audit';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useFormat } from '../../lib/format';
import { actionName, objectText, valueText } from './audit-text';

type Fmt = ReturnType<typeof useFormat>;

function Changes({ e, t, fmt }: { e: AuditEntry; t: TFunction; fmt: Fmt }) {
  if (e.unreadable)
    return (
      <Text size="sm" c="orange.8" fs="italic">
        {t('auditLog.unreadable')}
      </Text>
    );
  if (e.changes.length === 0) return <Text size="sm">{t('auditLog.noDetail')}</Text>;
  return (
    <List size="sm" spacing={2} listStyleType="none" className="audit-changes">
      {e.changes.map((c, i) => (
        <List.Item key={`${c.field}-${i}`}>
          <Text span size="sm" fw={600}>
            {t(`auditLog.field.${c.field}`)}:{' '}
          </Text>
          {c.before !== null && (
            <>
              <Text span size="sm" td="line-through" c="dimmed">
                {valueText(t, fmt, c.before, c.field)}
              </Text>
              {' → '}
            </>
          )}
          <Text span size="sm">
            {valueText(t, fmt, c.after, c.field)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

function What({ e, t, fmt }: { e: AuditEntry; t: TFunction; fmt: Fmt }) {
  const object = objectText(t, e);
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {actionName(t, e.action)}
      </Text>
      {object && <Text size="sm">{object}</Text>}
      <Group gap={6}>
        {e.unitName && (
          <Badge variant="light" color="teal" size="sm" tt="none">
            {e.unitName}
          </Badge>
        )}
        {e.dataDate && (
          <Text size="xs" c="dimmed">
            {t('auditLog.dataDate', { date: fmt.date(e.dataDate) })}
          </Text>
        )}
      </Group>
    </Stack>
  );
}

export function AuditEntryList({ query, empty }: { query: UseInfiniteQueryResult<InfiniteData<AuditPage>>; empty: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (query.isError) return <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  // isLoading, not isPending: a query not enabled yet (no unit chosen) is not shown as loading forever
  if (query.isLoading) return <PageLoader />;
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  if (items.length === 0) return <Alert color="gray">{empty}</Alert>;
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={760} visibleFrom="sm">
        <Table striped verticalSpacing="xs" aria-label={t('auditLog.tableLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={150}>
                {t('auditLog.at')}
                <Text size="xs" c="dimmed" fw={400}>
                  {t('auditLog.timeZone')}
                </Text>
              </Table.Th>
              <Table.Th w={170}>{t('auditLog.who')}</Table.Th>
              <Table.Th>{t('auditLog.what')}</Table.Th>
              <Table.Th>{t('auditLog.change')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((e) => (
              <Table.Tr key={e.id} data-testid="audit-row">
                <Table.Td className="nowrap">{formatDateTimeVi(e.at)}</Table.Td>
                <Table.Td>{e.actorName || t('auditLog.term.unknown')}</Table.Td>
                <Table.Td>
                  <What e={e} t={t} fmt={fmt} />
                </Table.Td>
                <Table.Td>
                  <Changes e={e} t={t} fmt={fmt} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack gap="xs" hiddenFrom="sm" aria-label={t('auditLog.tableLabel')}>
        {items.map((e) => (
          <Card key={e.id} withBorder padding="sm" data-testid="audit-card">
            <Group justify="space-between" gap={4} mb={4}>
              <Text size="xs" c="dimmed">
                {formatDateTimeVi(e.at)}
              </Text>
              <Text size="xs" c="dimmed">
                {e.actorName || t('auditLog.term.unknown')}
              </Text>
            </Group>
            <What e={e} t={t} fmt={fmt} />
            <div style={{ marginTop: 6 }}>
              <Changes e={e} t={t} fmt={fmt} />
            </div>
          </Card>
        ))}
      </Stack>
      {query.hasNextPage && (
        <Button
          variant="light"
          onClick={() => void query.fetchNextPage()}
          loading={query.isFetchingNextPage}
          style={{ alignSelf: 'center' }}
        >
          {t('auditLog.more')}
        </Button>
      )}
    </Stack>
  );
}
