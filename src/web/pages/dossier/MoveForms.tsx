/** Completing the current step (submitting at the request step) on the act's date, or sending the dossier back with reasons. */
import { Button, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Dossier, useDossierAct } from '../../api/dossiers';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { isIsoDate } from './dossier-format';

export function MoveForms({ d, on }: { d: Dossier; on: string }) {
  const { t } = useTranslation();
  const act = useDossierAct(d.id);
  const [note, setNote] = useState('');
  const [to, setTo] = useState<string | null>(null);
  const [reasons, setReasons] = useState('');
  const step = d.steps.find((s) => s.code === d.currentStep);
  const dated = isIsoDate(on);
  const reasonList = reasons
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
  return (
    <Stack gap="sm">
      {act.isError && <ApiErrorAlert error={act.error} />}
      <TextInput label={t('dossier.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
      <Group>
        <Button
          disabled={!dated || !d.moves.complete.allowed}
          loading={act.isPending && act.variables?.path === '/complete'}
          onClick={() => act.mutate({ method: 'POST', path: '/complete', body: { on, note: note || null, expectedVersion: d.version } })}
        >
          {step?.form === 'submission' ? t('dossier.submit') : t('dossier.complete')}
        </Button>
      </Group>
      {d.moves.sendBackTo.length > 0 && (
        <Stack gap="xs">
          <Select
            label={t('dossier.sendBack.to')}
            data={d.moves.sendBackTo.map((code) => ({ value: code, label: d.steps.find((s) => s.code === code)?.name ?? code }))}
            value={to}
            onChange={setTo}
          />
          <Textarea
            label={t('dossier.sendBack.reasons')}
            value={reasons}
            onChange={(e) => setReasons(e.currentTarget.value)}
            autosize
            minRows={2}
          />
          <Group>
            <Button
              variant="outline"
              color="orange"
              disabled={!dated || !to || reasonList.length === 0}
              loading={act.isPending && act.variables?.path === '/send-back'}
              onClick={() =>
                act.mutate({
                  method: 'POST',
                  path: '/send-back',
                  body: { to, on, reasons: reasonList, note: note || null, expectedVersion: d.version },
                })
              }
            >
              {t('dossier.sendBack.submit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
