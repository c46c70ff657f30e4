/** Editing a draft's legal bases (Căn cứ) row by row and its recipients (Nơi nhận) one per line. */
import { ActionIcon, Button, Card, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalBasis } from '../../../domain/plan/plan-document.schema';
import { type PlanView, useUpdatePlan } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DateField } from './DateField';

const EMPTY: LegalBasis = { documentType: 'Quyết định', number: '', date: '', issuer: '', title: '' };

export function BasesEditor({ view, onDone }: { view: PlanView; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdatePlan(view.plan.code);
  const [bases, setBases] = useState<LegalBasis[]>(view.plan.legalBases);
  const [recipients, setRecipients] = useState(view.plan.recipients.map((r) => r.name).join('\n'));
  // An edited basis is printed from its fields: the line as the source printed it no longer says the same.
  const set = (i: number, patch: Partial<LegalBasis>) =>
    setBases(bases.map((b, j) => (j === i ? { ...b, ...patch, sourceText: undefined } : b)));
  const save = () => {
    const old = new Map(view.plan.recipients.map((r) => [r.name, r]));
    const names = recipients
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '');
    update.mutate(
      { expectedVersion: view.version, parts: { legalBases: bases, recipients: names.map((name) => old.get(name) ?? { name }) } },
      { onSuccess: onDone },
    );
  };
  return (
    <Stack gap="sm">
      {bases.map((b, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a basis being typed has no identity yet
        <Card key={i} withBorder padding="xs">
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('plans.bases.type')}
              value={b.documentType}
              onChange={(e) => set(i, { documentType: e.currentTarget.value })}
              w={130}
            />
            <TextInput
              label={t('plans.bases.number')}
              value={b.number}
              onChange={(e) => set(i, { number: e.currentTarget.value })}
              w={150}
            />
            <DateField label={t('plans.bases.date')} value={b.date || null} onChange={(d) => set(i, { date: d ?? '' })} />
            <TextInput
              label={t('plans.bases.issuer')}
              value={b.issuer}
              onChange={(e) => set(i, { issuer: e.currentTarget.value })}
              w={220}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`${t('plans.objectives.remove')} ${b.number}`}
              onClick={() => setBases(bases.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
          <TextInput label={t('plans.bases.title')} value={b.title} onChange={(e) => set(i, { title: e.currentTarget.value })} mt={4} />
        </Card>
      ))}
      <Button size="xs" variant="subtle" onClick={() => setBases([...bases, { ...EMPTY }])} style={{ alignSelf: 'flex-start' }}>
        {t('plans.bases.add')}
      </Button>
      <Textarea
        label={t('plans.doc.recipients')}
        description={t('plans.bases.recipientsHint')}
        value={recipients}
        onChange={(e) => setRecipients(e.currentTarget.value)}
        autosize
        minRows={4}
      />
      {update.isError && <ApiErrorAlert error={update.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('plans.doc.cancel')}
        </Button>
        <Button loading={update.isPending} onClick={save}>
          {t('plans.doc.save')}
        </Button>
      </Group>
    </Stack>
  );
}
