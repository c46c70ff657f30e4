/** The office sets a task's deadline and lead agency; a new deadline in the past raises notifications at once. */
import { Button, Group, Modal, Select, Stack } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Agency, type TaskItem, useEditTask } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DateField } from './DateField';

interface Props {
  planCode: string;
  task: TaskItem | null;
  agencies: Agency[];
  onClose: () => void;
}

export function TaskEditDialog({ planCode, task, agencies, onClose }: Props) {
  const { t } = useTranslation();
  const edit = useEditTask(planCode);
  const [deadline, setDeadline] = useState<string | null>(null);
  const [lead, setLead] = useState<string | null>(null);
  useEffect(() => {
    if (!task) return;
    edit.reset();
    setDeadline(task.deadline);
    setLead(task.leadAgencyCode);
  }, [task, edit.reset]);
  return (
    <Modal opened={task !== null} onClose={onClose} title={`${t('plans.tasks.edit')} ${task?.number ?? ''}`}>
      {task && (
        <Stack>
          <DateField key={task.id} label={t('plans.tasks.deadline')} value={deadline} onChange={setDeadline} />
          <Select
            label={t('plans.tasks.lead')}
            data={agencies.map((a) => ({ value: a.code, label: a.name }))}
            value={lead}
            onChange={setLead}
            clearable
            searchable
          />
          {edit.isError && <ApiErrorAlert error={edit.error} />}
          <Group justify="flex-end">
            <Button
              loading={edit.isPending}
              onClick={() =>
                edit.mutate({ number: task.number, deadline, leadAgencyCode: lead, expectedVersion: task.version }, { onSuccess: onClose })
              }
            >
              {t('plans.doc.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
