/** One task: number, text, who leads and cooperates, deadline (red when overdue), the latest progress and the actions allowed. */
import { Anchor, Badge, Button, Card, Group, List, Spoiler, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { outsidePlanYear } from '../../../domain/plan/plan-date-checks';
import { apiUrl } from '../../api/client';
import type { TaskItem } from '../../api/plans';
import { useFormat } from '../../lib/format';
import { taskStatusColor } from './plan-labels';

const LINE_PX = 20;
const TEXT_LINES = 3;

interface Props {
  task: TaskItem;
  /** Deadlines and progress dated outside this year are marked (the plan's findings say them too). */
  planYear: number;
  agencyName: (code: string | null) => string;
  canEdit: boolean;
  onReport: () => void;
  onEdit: () => void;
}

export function TaskCard({ task, planYear, agencyName, canEdit, onReport, onEdit }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const outside = (d: string) => outsidePlanYear({ year: planYear }, d);
  return (
    <Card
      withBorder
      padding="sm"
      data-task={task.number}
      style={task.overdue ? { borderColor: 'var(--mantine-color-red-6)', borderWidth: 2 } : undefined}
    >
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text fw={700}>{task.number}</Text>
        <Group gap={4}>
          {task.overdue && <Badge color="red">{t('plans.tasks.overdue')}</Badge>}
          <Badge color={taskStatusColor[task.status]} variant="light">
            {t(`plans.tasks.status.${task.status}`)}
          </Badge>
        </Group>
      </Group>
      {/* folded after whole lines (TEXT_LINES of LINE_PX), never through the middle of one */}
      {/* each task's text region is a landmark of its own: it is named by its task */}
      <Spoiler
        maxHeight={TEXT_LINES * LINE_PX}
        showLabel={t('phone.more')}
        hideLabel={t('phone.less')}
        attributes={{ content: { 'aria-label': t('a11y.taskText', { number: task.number }) } }}
      >
        <Text size="sm" lh={`${LINE_PX}px`}>
          {task.text}
        </Text>
      </Spoiler>
      <Text size="xs" c="dimmed" mt={4}>
        {t('plans.tasks.lead')}: {task.leadAgencyCode ? agencyName(task.leadAgencyCode) : t('plans.tasks.noLead')}
        {task.cooperatingAgencyCodes.length > 0 &&
          ` · ${t('plans.tasks.cooperating')}: ${task.cooperatingAgencyCodes.map(agencyName).join(', ')}`}
        {' · '}
        {t('plans.tasks.deadline')}: {task.deadline ? fmt.date(task.deadline) : t('plans.tasks.noDeadline')}
        {task.deadline && outside(task.deadline) && (
          <Badge color="orange" variant="light" size="xs" ml={6} tt="none" data-testid="deadline-outside-year">
            {t('dates.outsideYear', { year: planYear })}
          </Badge>
        )}
      </Text>
      {task.updates.length > 0 && (
        <List size="xs" mt={4} aria-label={t('plans.tasks.updates')}>
          {task.updates.slice(0, 3).map((u) => (
            <List.Item key={u.id}>
              {fmt.date(u.reportedOn)} · {u.authorName}: {u.note} ({t(`plans.tasks.status.${u.status}`)})
              {outside(u.reportedOn) && ` — ${t('dates.outsideYear', { year: planYear })}`}
              {u.files.map((f) => (
                <Anchor key={f.id} href={apiUrl(`/attachments/${f.id}`)} ml="xs" size="xs">
                  📎 {f.fileName}
                </Anchor>
              ))}
            </List.Item>
          ))}
        </List>
      )}
      {(task.canUpdate || canEdit) && (
        <Group gap="xs" mt="xs">
          {task.canUpdate && (
            <Button size="xs" onClick={onReport}>
              {t('plans.tasks.report')}
            </Button>
          )}
          {canEdit && (
            <Button size="xs" variant="default" onClick={onEdit}>
              {t('plans.tasks.edit')}
            </Button>
          )}
        </Group>
      )}
    </Card>
  );
}
