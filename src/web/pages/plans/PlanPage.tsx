/**
 * One plan (/ke-hoach/:plan): its status with the actions the user may take, what a copy carried from
 * last year still to review, and tabs for the document,
 * the commune targets edited on a board with the findings beside it, the progress dashboard, the tasks
 * and the supervision log. The tab is in the address (?tab=) so it can be linked and reloaded.
 */
import { Alert, Badge, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { usePlan } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { AgenciesTab } from './AgenciesTab';
import { CopyPlanButton } from './CopyPlanButton';
import { DashboardTab } from './DashboardTab';
import { DocumentTab } from './DocumentTab';
import { PlanDownloads } from './PlanDownloads';
import { statusColor } from './plan-labels';
import { ReviewFlagsPanel } from './ReviewFlagsPanel';
import { StatusActions } from './StatusActions';
import { SupervisionTab } from './SupervisionTab';
import { TargetsTab } from './TargetsTab';
import { TasksTab } from './TasksTab';

const TABS = ['document', 'targets', 'dashboard', 'tasks', 'supervision', 'agencies'] as const;
type Tab = (typeof TABS)[number];

export default function PlanPage() {
  const { t } = useTranslation();
  const { plan: code } = useParams();
  const [params, setParams] = useSearchParams();
  const plan = usePlan(code);
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'targets';
  if (plan.isError) return <ApiErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  if (!plan.data) return <PageLoader />;
  const view = plan.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {view.plan.title}
          </Title>
          <Group gap="xs" mt={4}>
            <Badge color={statusColor[view.plan.status]}>{t(`plans.status.${view.plan.status}`)}</Badge>
            <Text size="sm" c="dimmed">
              {view.plan.issuingUnit.authority}
            </Text>
          </Group>
        </div>
        <Group gap="xs">
          <StatusActions view={view} />
          <CopyPlanButton view={view} />
          <PlanDownloads view={view} />
        </Group>
      </Group>
      {view.demo && (
        <Alert color="yellow" title={t('lamDong.demoPlanTitle')}>
          {t('lamDong.demoPlan')}
        </Alert>
      )}
      <ReviewFlagsPanel view={view} />
      <Tabs value={tab} onChange={(v) => setParams(v ? { tab: v } : {}, { replace: true })} keepMounted={false}>
        <Tabs.List>
          {TABS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`plans.tabs.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="document" pt="md">
          <DocumentTab view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="targets" pt="md">
          <TargetsTab view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="dashboard" pt="md">
          <DashboardTab view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="tasks" pt="md">
          <TasksTab view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="supervision" pt="md">
          <SupervisionTab view={view} />
        </Tabs.Panel>
        <Tabs.Panel value="agencies" pt="md">
          <AgenciesTab view={view} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
