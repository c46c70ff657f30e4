/** The status moves the user may make on the plan (submit, return, approve), each confirmed with an optional note. */
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanStatus, type PlanView, useChangeStatus } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

export function StatusActions({ view }: { view: PlanView }) {
  const { t, i18n } = useTranslation();
  const change = useChangeStatus(view.plan.code);
  const [pick, setPick] = useState<{ to: PlanStatus; label: string } | null>(null);
  const [note, setNote] = useState('');
  const label = (x: { labelVi: string; labelEn: string }) => (i18n.language === 'en' ? x.labelEn : x.labelVi);
  return (
    <>
      {view.permissions.transitions.map((x) => (
        <Button
          key={x.to}
          variant={x.to === 'draft' ? 'default' : 'filled'}
          onClick={() => {
            change.reset();
            setNote('');
            setPick({ to: x.to, label: label(x) });
          }}
        >
          {label(x)}
        </Button>
      ))}
      <Modal opened={pick !== null} onClose={() => setPick(null)} title={pick?.label}>
        <Stack>
          <Textarea label={t('plans.transition.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} />
          {change.isError && <ApiErrorAlert error={change.error} />}
          <Group justify="flex-end">
            <Button
              loading={change.isPending}
              onClick={() =>
                pick &&
                change.mutate(
                  { to: pick.to, expectedVersion: view.version, ...(note.trim() ? { note: note.trim() } : {}) },
                  { onSuccess: () => setPick(null) },
                )
              }
            >
              {t('plans.transition.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
