/** Reporting a task's progress: the day it is reported for, the new status and what was done. */
import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vietnamDay } from '../../../domain/text/vietnamese';
import { type TaskItem, type TaskStatus, taskFilesPath, uploadAttachment, useReportProgress } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AttachmentField } from './AttachmentField';
import { DateField } from './DateField';

const STATUSES: TaskStatus[] = ['not_started', 'in_progress', 'done', 'cancelled'];

export function ProgressDialog({ planCode, task, onClose }: { planCode: string; task: TaskItem | null; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportProgress(planCode);
  const [on, setOn] = useState<string | null>(vietnamDay(new Date().toISOString()));
  const [status, setStatus] = useState<TaskStatus>('in_progress');
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  useEffect(() => {
    if (!task) return;
    report.reset();
    setStatus(task.status === 'not_started' ? 'in_progress' : task.status);
    setNote('');
    setFile(null);
    setUploadError(null);
  }, [task, report.reset]);
  return (
    <Modal opened={task !== null} onClose={onClose} title={`${t('plans.tasks.report')} ${task?.number ?? ''}`}>
      {task && (
        <Stack>
          <DateField key={task.id} label={t('plans.tasks.reportedOn')} value={on} onChange={setOn} required />
          <Select
            label={t('plans.tasks.statusFilter')}
            data={STATUSES.map((s) => ({ value: s, label: t(`plans.tasks.status.${s}`) }))}
            value={status}
            onChange={(v) => v && setStatus(v as TaskStatus)}
            allowDeselect={false}
          />
          <Textarea
            label={t('plans.tasks.note')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            required
            autosize
            minRows={3}
            maxLength={4000}
          />
          <AttachmentField file={file} onChange={setFile} error={uploadError} />
          {report.isError && <ApiErrorAlert error={report.error} />}
          <Group justify="flex-end">
            <Button
              loading={report.isPending}
              disabled={!on || note.trim() === ''}
              onClick={() =>
                on &&
                report.mutate(
                  { number: task.number, reportedOn: on, status, note: note.trim(), expectedVersion: task.version },
                  {
                    // The report is saved first; a refused file leaves it saved and says why.
                    onSuccess: (r) => {
                      if (!file) return onClose();
                      uploadAttachment(taskFilesPath(planCode, task.number, r.id), file).then(onClose, setUploadError);
                    },
                  },
                )
              }
            >
              {t('plans.tasks.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
