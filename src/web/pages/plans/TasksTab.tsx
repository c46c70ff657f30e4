/**
 * The plan's tasks with filters (agency, commune, status, overdue) as a list or a board by status.
 * Those answering for a task report dated progress; the office sets deadlines and lead agencies.
 */
import { Group, SegmentedControl, Select, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanView, type TaskItem, type TaskStatus, useTasks } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { ProgressDialog } from './ProgressDialog';
import { TaskCard } from './TaskCard';
import { TaskEditDialog } from './TaskEditDialog';

const STATUSES: TaskStatus[] = ['not_started', 'in_progress', 'done', 'cancelled'];

export function TasksTab({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const [agency, setAgency] = useState<string | null>(null);
  const [unit, setUnit] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [overdue, setOverdue] = useState(false);
  const [mode, setMode] = useState<'list' | 'board'>('list');
  const [reporting, setReporting] = useState<TaskItem | null>(null);
  const [editing, setEditing] = useState<TaskItem | null>(null);
  const tasks = useTasks(view.plan.code, {
    agency: agency ?? undefined,
    unit: unit ?? undefined,
    status: status ?? undefined,
    overdue: overdue ? 'true' : undefined,
  });
  const agencies = tasks.data?.agencies ?? view.plan.agencies;
  const agencyName = (code: string | null) => agencies.find((a) => a.code === code)?.name ?? code ?? '';
  const card = (x: TaskItem) => (
    <TaskCard
      key={x.id}
      task={x}
      planYear={view.plan.year}
      agencyName={agencyName}
      canEdit={tasks.data?.canEdit ?? false}
      onReport={() => setReporting(x)}
      onEdit={() => setEditing(x)}
    />
  );
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" role="search" aria-label={t('plans.tasks.filters')}>
        <Select
          label={t('plans.tasks.agency')}
          data={agencies.map((a) => ({ value: a.code, label: a.name }))}
          value={agency}
          onChange={setAgency}
          clearable
          searchable
          placeholder={t('plans.tasks.all')}
          w={260}
        />
        <Select
          label={t('plans.tasks.commune')}
          data={view.plan.communeTargets.map((c) => ({ value: c.unitCode, label: c.name }))}
          value={unit}
          onChange={setUnit}
          clearable
          placeholder={t('plans.tasks.all')}
          w={180}
        />
        <Select
          label={t('plans.tasks.statusFilter')}
          data={STATUSES.map((s) => ({ value: s, label: t(`plans.tasks.status.${s}`) }))}
          value={status}
          onChange={setStatus}
          clearable
          placeholder={t('plans.tasks.all')}
          w={180}
        />
        <Switch label={t('plans.tasks.overdueOnly')} checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} mb={8} />
        <SegmentedControl
          aria-label={t('plans.tasks.view')}
          value={mode}
          onChange={(v) => setMode(v as 'list' | 'board')}
          data={[
            { value: 'list', label: t('plans.tasks.list') },
            { value: 'board', label: t('plans.tasks.board') },
          ]}
        />
      </Group>
      {tasks.isError && <ApiErrorAlert error={tasks.error} onRetry={() => void tasks.refetch()} />}
      {tasks.isPending && !tasks.isError && <PageLoader />}
      {tasks.data && tasks.data.items.length === 0 && <Text c="dimmed">{t('plans.tasks.empty')}</Text>}
      {tasks.data && mode === 'list' && <Stack gap="sm">{tasks.data.items.map(card)}</Stack>}
      {tasks.data && mode === 'board' && (
        <SimpleGrid cols={{ base: 1, md: 4 }}>
          {STATUSES.map((s) => (
            <Stack key={s} gap="xs">
              <Title order={2} size="h5">
                {t(`plans.tasks.status.${s}`)} ({tasks.data.items.filter((x) => x.status === s).length})
              </Title>
              {tasks.data.items.filter((x) => x.status === s).map(card)}
            </Stack>
          ))}
        </SimpleGrid>
      )}
      <ProgressDialog planCode={view.plan.code} task={reporting} onClose={() => setReporting(null)} />
      <TaskEditDialog planCode={view.plan.code} task={editing} agencies={agencies} onClose={() => setEditing(null)} />
    </Stack>
  );
}
