/**
 * The plan dashboard on a date: how many commune targets are done, on track, at risk or missed; the
 * year-end forecast of the average against what the plan states; targets against actuals per commune
 * and per criterion; and the overdue tasks, which stand out.
 */
import { Alert, Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanView, useDashboard } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AsOfPicker } from '../../components/AsOfPicker';
import { PageLoader } from '../../components/PageLoader';
import { useFormat } from '../../lib/format';
import { ForecastTable } from './ForecastTable';
import { planAsOf, stateColor } from './plan-labels';

export function DashboardTab({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [asOf, setAsOf] = useState(planAsOf(view.plan.year));
  const dash = useDashboard(view.plan.code, asOf);
  if (dash.isError) return <ApiErrorAlert error={dash.error} onRetry={() => void dash.refetch()} />;
  if (!dash.data) return <PageLoader />;
  const d = dash.data;
  const name = new Map(d.baseline.map((b) => [b.unitCode, b]));
  return (
    <Stack gap="md">
      <AsOfPicker value={asOf} onChange={setAsOf} />
      <SimpleGrid cols={{ base: 2, sm: 4 }} aria-label={t('plans.dashboard.counts')}>
        {(['done', 'on_track', 'at_risk', 'missed'] as const).map((s) => (
          <Card key={s} withBorder padding="sm" data-state={s}>
            <Text size="xs" c="dimmed">
              {t(`plans.dashboard.state.${s}`)}
            </Text>
            <Text fz="xl" fw={700} c={stateColor[s]}>
              {d.progress.counts[s]}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      <Card withBorder padding="sm" data-testid="task-summary">
        <Text fw={700}>{t('plans.dashboard.tasks', { done: d.tasks.counts.done ?? 0, total: d.tasks.total })}</Text>
        {d.tasks.overdue.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('plans.dashboard.noOverdue')}
          </Text>
        ) : (
          <Alert color="red" title={t('plans.dashboard.overdue')} mt="xs" data-testid="overdue-tasks">
            <List size="sm">
              {d.tasks.overdue.map((x) => (
                <List.Item key={x.number}>
                  <strong>{x.number}</strong> ({t('plans.tasks.deadline')} {x.deadline ? fmt.date(x.deadline) : '–'}):{' '}
                  {x.text.slice(0, 140)}
                  {x.text.length > 140 ? '…' : ''}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
      </Card>
      <ForecastTable progress={d.progress} />
      <section>
        <Title order={2} size="h4" mb="xs">
          {t('plans.dashboard.perCommune')}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label={t('plans.dashboard.perCommune')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.targets.commune')}</Table.Th>
                <Table.Th>{t('plans.targets.atStart')}</Table.Th>
                <Table.Th>{t('plans.dashboard.criteria')}</Table.Th>
                <Table.Th>{t('plans.statusLabel')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.progress.targets.map((x) => (
                <Table.Tr key={x.unitCode}>
                  <Table.Td>{x.name}</Table.Td>
                  <Table.Td>{name.get(x.unitCode)?.metAtStart ?? '–'}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {x.criteria.map((c) => (
                        <Badge
                          key={c.number}
                          size="sm"
                          variant="light"
                          color={stateColor[c.state]}
                          title={t(`plans.dashboard.state.${c.state}`)}
                        >
                          {c.number}
                        </Badge>
                      ))}
                      {x.maintain && (
                        <Badge size="sm" variant="outline">
                          {t('plans.targets.maintain')}
                        </Badge>
                      )}
                      {x.reachStandard && (
                        <Badge size="sm" variant="outline">
                          {t('plans.targets.reach')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={stateColor[x.state]}>{t(`plans.dashboard.state.${x.state}`)}</Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>
      <section>
        <Title order={2} size="h4" mb="xs">
          {t('plans.dashboard.perCriterion')}
        </Title>
        <Table.ScrollContainer minWidth={480}>
          <Table striped aria-label={t('plans.dashboard.perCriterion')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.dashboard.criterion')}</Table.Th>
                <Table.Th>{t('plans.dashboard.committedCount')}</Table.Th>
                <Table.Th>{t('plans.dashboard.doneCount')}</Table.Th>
                <Table.Th>{t('plans.dashboard.atRiskCount')}</Table.Th>
                <Table.Th>{t('plans.dashboard.missedCount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.perCriterion
                .filter((c) => c.committed > 0)
                .map((c) => (
                  <Table.Tr key={c.number}>
                    <Table.Td>{c.number}</Table.Td>
                    <Table.Td>{c.committed}</Table.Td>
                    <Table.Td>{c.done}</Table.Td>
                    <Table.Td>{c.atRisk}</Table.Td>
                    <Table.Td>{c.missed}</Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </section>
    </Stack>
  );
}
