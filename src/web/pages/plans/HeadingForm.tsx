/** Editing a draft's heading: title, number and symbol, place, signer — saved with the plan's version. */
import { Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanView, useUpdatePlan } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

export function HeadingForm({ view, onDone }: { view: PlanView; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdatePlan(view.plan.code);
  const p = view.plan;
  const [title, setTitle] = useState(p.title);
  const [place, setPlace] = useState(p.place);
  const [number, setNumber] = useState(p.documentNumber.number ?? '');
  const [symbol, setSymbol] = useState(p.documentNumber.symbol);
  const [onBehalf, setOnBehalf] = useState(p.signer?.onBehalf ?? '');
  const [position, setPosition] = useState(p.signer?.position ?? '');
  const [name, setName] = useState(p.signer?.name ?? '');
  const submit = () =>
    update.mutate(
      {
        expectedVersion: view.version,
        parts: {
          title: title.trim(),
          place: place.trim(),
          documentNumber: { ...p.documentNumber, number: number.trim() || null, symbol: symbol.trim() },
          signer: name.trim() ? { onBehalf: onBehalf.trim() || null, position: position.trim(), name: name.trim() } : null,
        },
      },
      { onSuccess: onDone },
    );
  return (
    <Stack gap="sm">
      <TextInput label={t('plans.doc.titleField')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('plans.doc.numberField')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} />
        <TextInput label={t('plans.doc.symbolField')} value={symbol} onChange={(e) => setSymbol(e.currentTarget.value)} required />
        <TextInput label={t('plans.doc.placeField')} value={place} onChange={(e) => setPlace(e.currentTarget.value)} required />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t('plans.doc.onBehalf')} value={onBehalf} onChange={(e) => setOnBehalf(e.currentTarget.value)} />
        <TextInput label={t('plans.doc.position')} value={position} onChange={(e) => setPosition(e.currentTarget.value)} />
        <TextInput label={t('plans.doc.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} />
      </SimpleGrid>
      {update.isError && <ApiErrorAlert error={update.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('plans.doc.cancel')}
        </Button>
        <Button loading={update.isPending} onClick={submit}>
          {t('plans.doc.save')}
        </Button>
      </Group>
    </Stack>
  );
}
