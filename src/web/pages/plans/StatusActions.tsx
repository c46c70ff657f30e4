/**
 * The status moves the user may make on the plan (submit, return, approve), each confirmed with an optional
 * note. Approving while items carried from last year are unreviewed shows them and asks the leader to
 * acknowledge them explicitly (the server refuses otherwise); returning the plan stays one click away.
 */
import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanStatus, PlanView } from '../../api/plans';
import { useChangeStatusAck } from '../../api/plans-new';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

export function StatusActions({ view }: { view: PlanView }) {
  const { t, i18n } = useTranslation();
  const change = useChangeStatusAck(view.plan.code);
  const [pick, setPick] = useState<{ to: PlanStatus; label: string } | null>(null);
  const [note, setNote] = useState('');
  const [ack, setAck] = useState(false);
  const label = (x: { labelVi: string; labelEn: string }) => (i18n.language === 'en' ? x.labelEn : x.labelVi);
  const pending = view.plan.reviewFlags.filter((f) => f.reviewedAt === null);
  const needsAck = pick?.to === 'approved' && pending.length > 0;
  return (
    <>
      {view.permissions.transitions.map((x) => (
        <Button
          key={x.to}
          variant={x.to === 'draft' ? 'default' : 'filled'}
          onClick={() => {
            change.reset();
            setNote('');
            setAck(false);
            setPick({ to: x.to, label: label(x) });
          }}
        >
          {label(x)}
        </Button>
      ))}
      <Modal opened={pick !== null} onClose={() => setPick(null)} title={pick?.label} size={needsAck ? 'lg' : 'md'}>
        <Stack>
          {needsAck && (
            <Alert color="yellow" title={t('newPlan.approve.warnTitle', { count: pending.length })} data-testid="approve-warning">
              <Text size="sm">{t('newPlan.approve.warnText')}</Text>
              <List size="sm" mt="xs" spacing={4}>
                {pending.map((f) => (
                  <List.Item key={f.id}>{i18n.language === 'en' ? f.messageEn : f.message}</List.Item>
                ))}
              </List>
              <Checkbox
                mt="sm"
                checked={ack}
                onChange={(e) => setAck(e.currentTarget.checked)}
                label={t('newPlan.approve.ack', { count: pending.length })}
              />
            </Alert>
          )}
          {pick?.to === 'submitted' && pending.length > 0 && (
            <Text size="sm">{t('newPlan.approve.pendingOnSubmit', { count: pending.length })}</Text>
          )}
          <Textarea label={t('plans.transition.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={2000} />
          {change.isError && <ApiErrorAlert error={change.error} />}
          <Group justify="flex-end">
            <Button
              loading={change.isPending}
              disabled={needsAck && !ack}
              onClick={() =>
                pick &&
                change.mutate(
                  {
                    to: pick.to,
                    expectedVersion: view.version,
                    ...(note.trim() ? { note: note.trim() } : {}),
                    ...(needsAck && ack ? { acknowledgeUnreviewed: true } : {}),
                  },
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
