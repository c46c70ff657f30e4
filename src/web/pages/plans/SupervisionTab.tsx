/**
 * The supervision log of the plan's area (a commune officer sees its own commune's): visits with their
 * findings per criterion and follow-up actions; the offices, departments and the Front record visits.
 */
import { Anchor, Badge, Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth';
import { apiUrl } from '../../api/client';
import { type PlanView, useSetActionStatus, useVisits } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useFormat } from '../../lib/format';
import { VisitForm } from './VisitForm';

const RECORDERS = ['admin', 'district_office', 'province_office', 'department', 'front'];

export function SupervisionTab({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useSession().data?.user;
  const scope = user?.role === 'commune_officer' && user.unitCode ? user.unitCode : view.plan.issuingUnit.unitCode;
  const visits = useVisits(scope);
  const setStatus = useSetActionStatus(scope);
  const [adding, setAdding] = useState(false);
  const canRecord = !!user && RECORDERS.includes(user.role);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={2} size="h4">
          {t('plans.supervision.title')}
        </Title>
        {canRecord && !adding && <Button onClick={() => setAdding(true)}>{t('plans.supervision.add')}</Button>}
      </Group>
      {adding && <VisitForm plan={view.plan} scope={scope} onDone={() => setAdding(false)} />}
      {visits.isError && <ApiErrorAlert error={visits.error} onRetry={() => void visits.refetch()} />}
      {visits.isPending && !visits.isError && <PageLoader />}
      {visits.data?.items.length === 0 && <Text c="dimmed">{t('plans.supervision.empty')}</Text>}
      {setStatus.isError && <ApiErrorAlert error={setStatus.error} />}
      {visits.data?.items.map((v) => (
        <Card key={v.id} withBorder padding="sm" data-visit={v.id}>
          <Group justify="space-between">
            <Text fw={700}>
              {fmt.date(v.visitedOn)} · {v.unitName}
            </Text>
            <Badge variant="light">{t(`plans.supervision.by.${v.byKind}`)}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {v.byName}
          </Text>
          {v.summary && <Text size="sm">{v.summary}</Text>}
          <List size="sm" mt={4}>
            {v.findings.map((f) => (
              <List.Item key={`${f.criterion}-${f.finding}`}>
                <strong>{f.criterion ? `${t('plans.dashboard.criterion')} ${f.criterion}` : t('plans.supervision.general')}</strong>:{' '}
                {f.finding}
              </List.Item>
            ))}
          </List>
          {v.files.length > 0 && (
            <Group gap="xs" mt={4}>
              {v.files.map((f) => (
                <Anchor key={f.id} href={apiUrl(`/attachments/${f.id}`)} size="sm">
                  {f.fileName}
                </Anchor>
              ))}
            </Group>
          )}
          {v.actions.length > 0 && (
            <Stack gap={4} mt="xs">
              <Text size="sm" fw={600}>
                {t('plans.supervision.actions')}
              </Text>
              {v.actions.map((a) => (
                <Group key={a.id} gap="xs">
                  <Badge size="sm" color={a.status === 'done' ? 'teal' : a.status === 'open' ? 'orange' : 'gray'}>
                    {t(`plans.supervision.actionStatus.${a.status}`)}
                  </Badge>
                  <Text size="sm">
                    {a.text} — {a.owner}
                    {a.deadline ? ` (${t('plans.supervision.deadline')} ${fmt.date(a.deadline)})` : ''}
                  </Text>
                  {canRecord && a.status === 'open' && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      loading={setStatus.isPending}
                      onClick={() => setStatus.mutate({ unitCode: v.unitCode, id: a.id, status: 'done', expectedVersion: a.version })}
                    >
                      {t('plans.supervision.markDone')}
                    </Button>
                  )}
                </Group>
              ))}
            </Stack>
          )}
        </Card>
      ))}
    </Stack>
  );
}
