/**
 * One small form for every fact recorded at a step (announcement, opinion, meeting, council …): the
 * fields are declared, the values sent as the step's body; a file field uploads the file to the
 * dossier first and sends its id.
 */
import { Button, Checkbox, FileInput, Group, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Dossier, uploadDossierFile, useDossierAct } from '../../api/dossiers';
import { EVIDENCE_ACCEPT } from '../../api/evidence';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

export interface Field {
  name: string;
  label: string;
  type: 'date' | 'text' | 'textarea' | 'number' | 'select' | 'checkbox' | 'file' | 'lines';
  options?: { value: string; label: string }[];
  required?: boolean;
}

type Values = Record<string, string | number | boolean | File | null>;

interface Props {
  id: string;
  fields: Field[];
  submitLabel: string;
  /** Builds the request from the values (a file field is already its uploaded id). */
  request: (v: Record<string, unknown>) => { method: 'POST' | 'PUT'; path: string; body: unknown };
  initial?: Values;
  onDone?: (d: Dossier) => void;
}

function initialOf(fields: Field[], initial: Values = {}): Values {
  return Object.fromEntries(
    fields.map((f) => [
      f.name,
      initial[f.name] ?? (f.type === 'checkbox' ? false : f.type === 'number' ? '' : f.type === 'file' ? null : ''),
    ]),
  );
}

export function FactForm({ id, fields, submitLabel, request, initial, onDone }: Props) {
  const { t } = useTranslation();
  const act = useDossierAct(id);
  const [values, setValues] = useState<Values>(() => initialOf(fields, initial));
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = (name: string, v: Values[string]) => setValues((old) => ({ ...old, [name]: v }));

  async function submit() {
    setUploadError(null);
    setBusy(true);
    try {
      const out: Record<string, unknown> = {};
      for (const f of fields) {
        const v = values[f.name];
        if (f.type === 'file') out[f.name] = v instanceof File ? (await uploadDossierFile(id, v)).id : null;
        else if (f.type === 'number') out[f.name] = v === '' || v === null ? null : Number(v);
        else if (f.type === 'lines')
          out[f.name] = String(v ?? '')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean);
        else if (f.type === 'checkbox') out[f.name] = Boolean(v);
        else out[f.name] = v === '' ? null : v;
      }
      act.mutate(request(out), {
        onSuccess: (d) => {
          setValues(initialOf(fields, initial));
          onDone?.(d);
        },
      });
    } catch (e) {
      setUploadError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          {fields.map((f) => {
            const common = { label: f.label, required: f.required ?? false };
            switch (f.type) {
              case 'date':
                return (
                  <TextInput
                    key={f.name}
                    type="date"
                    {...common}
                    value={String(values[f.name] ?? '')}
                    onChange={(e) => set(f.name, e.currentTarget.value)}
                  />
                );
              case 'number':
                return (
                  <NumberInput
                    key={f.name}
                    {...common}
                    value={values[f.name] as number | string}
                    onChange={(v) => set(f.name, v)}
                    min={0}
                    thousandSeparator="."
                    decimalSeparator=","
                  />
                );
              case 'select':
                return (
                  <Select
                    key={f.name}
                    {...common}
                    data={f.options ?? []}
                    value={(values[f.name] as string) || null}
                    onChange={(v) => set(f.name, v ?? '')}
                  />
                );
              case 'checkbox':
                return (
                  <Checkbox
                    key={f.name}
                    mt="lg"
                    label={f.label}
                    checked={Boolean(values[f.name])}
                    onChange={(e) => set(f.name, e.currentTarget.checked)}
                  />
                );
              case 'file':
                return (
                  <FileInput
                    key={f.name}
                    {...common}
                    accept={EVIDENCE_ACCEPT}
                    value={values[f.name] as File | null}
                    onChange={(file) => set(f.name, file)}
                    clearable
                    placeholder={t('dossier.file')}
                  />
                );
              case 'textarea':
              case 'lines':
                return (
                  <Textarea
                    key={f.name}
                    {...common}
                    autosize
                    minRows={2}
                    value={String(values[f.name] ?? '')}
                    onChange={(e) => set(f.name, e.currentTarget.value)}
                  />
                );
              default:
                return (
                  <TextInput
                    key={f.name}
                    {...common}
                    value={String(values[f.name] ?? '')}
                    onChange={(e) => set(f.name, e.currentTarget.value)}
                  />
                );
            }
          })}
        </SimpleGrid>
        {(act.isError || uploadError !== null) && <ApiErrorAlert error={act.error ?? uploadError} />}
        <Group>
          <Button type="submit" variant="light" loading={busy || act.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
