/** Recording a supervision visit: unit, day, who visited, findings per criterion and follow-up actions. */
import { ActionIcon, Autocomplete, Button, Card, Group, NumberInput, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCriteriaSet } from '../../api/criteria-sets';
import { type Plan, uploadAttachment, useAgencies, useRecordVisit, visitFilesPath } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AttachmentField } from './AttachmentField';
import { DateField } from './DateField';

type ByKind = 'agency' | 'working_group' | 'front';

export function VisitForm({ plan, scope, onDone }: { plan: Plan; scope: string; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordVisit(scope);
  // Naming one of the unit's agencies as owner sends that agency a notice (and its deadline reminders).
  const criteriaCount = useCriteriaSet(plan.criteriaSetCode).data?.criteria.length;
  const agencyNames = [...new Set((useAgencies(plan.issuingUnit.unitCode).data?.items ?? []).map((a) => a.name))];
  const [unitCode, setUnitCode] = useState<string | null>(plan.communeTargets[0]?.unitCode ?? null);
  const [visitedOn, setVisitedOn] = useState<string | null>(null);
  const [byKind, setByKind] = useState<ByKind>('agency');
  const [byName, setByName] = useState('');
  const [summary, setSummary] = useState('');
  const [findings, setFindings] = useState<{ criterion: number | null; finding: string }[]>([{ criterion: null, finding: '' }]);
  const [file, setFile] = useState<File | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  const [actions, setActions] = useState<{ text: string; owner: string; deadline: string | null }[]>([]);
  const submit = () => {
    if (!unitCode || !visitedOn) return;
    record.mutate(
      {
        unitCode,
        visitedOn,
        byKind,
        byName: byName.trim(),
        planCode: plan.code,
        ...(summary.trim() ? { summary: summary.trim() } : {}),
        findings: findings.filter((f) => f.finding.trim() !== '').map((f) => ({ ...f, finding: f.finding.trim() })),
        actions: actions.filter((a) => a.text.trim() !== '' && a.owner.trim() !== ''),
      },
      {
        onSuccess: (r) => {
          if (!file) return onDone();
          uploadAttachment(visitFilesPath(unitCode, r.id), file).then(onDone, setUploadError);
        },
      },
    );
  };
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Group grow align="flex-start">
          <Select
            label={t('plans.supervision.unit')}
            data={plan.communeTargets.map((c) => ({ value: c.unitCode, label: c.name }))}
            value={unitCode}
            onChange={setUnitCode}
            allowDeselect={false}
            required
          />
          <DateField label={t('plans.supervision.visitedOn')} value={visitedOn} onChange={setVisitedOn} required />
          <Select
            label={t('plans.supervision.byKind')}
            data={(['agency', 'working_group', 'front'] as const).map((k) => ({ value: k, label: t(`plans.supervision.by.${k}`) }))}
            value={byKind}
            onChange={(v) => v && setByKind(v as ByKind)}
            allowDeselect={false}
          />
        </Group>
        <TextInput label={t('plans.supervision.byName')} value={byName} onChange={(e) => setByName(e.currentTarget.value)} required />
        <Textarea label={t('plans.supervision.summary')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} autosize />
        <fieldset className="plain-fieldset">
          <legend>{t('plans.supervision.findings')}</legend>
          {findings.map((f, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
            <Group key={i} align="flex-end" wrap="nowrap">
              <NumberInput
                label={t('plans.supervision.criterion')}
                value={f.criterion ?? ''}
                min={1}
                max={criteriaCount}
                w={150}
                onChange={(v) => setFindings(findings.map((x, j) => (j === i ? { ...x, criterion: typeof v === 'number' ? v : null } : x)))}
              />
              <TextInput
                label={t('plans.supervision.finding')}
                style={{ flex: 1 }}
                value={f.finding}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setFindings(findings.map((x, j) => (j === i ? { ...x, finding: value } : x)));
                }}
              />
              <ActionIcon variant="subtle" color="red" aria-label="×" onClick={() => setFindings(findings.filter((_, j) => j !== i))}>
                ×
              </ActionIcon>
            </Group>
          ))}
          <Button size="xs" variant="subtle" mt={4} onClick={() => setFindings([...findings, { criterion: null, finding: '' }])}>
            {t('plans.supervision.addFinding')}
          </Button>
        </fieldset>
        <fieldset className="plain-fieldset">
          <legend>{t('plans.supervision.actions')}</legend>
          {actions.map((a, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity before they are saved
            <Group key={i} align="flex-end" wrap="nowrap">
              <TextInput
                label={t('plans.supervision.actionText')}
                style={{ flex: 2 }}
                value={a.text}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setActions(actions.map((x, j) => (j === i ? { ...x, text: value } : x)));
                }}
              />
              <Autocomplete
                label={t('plans.supervision.owner')}
                description={t('notices.ownerHint')}
                style={{ flex: 1 }}
                data={agencyNames}
                value={a.owner}
                onChange={(value) => setActions(actions.map((x, j) => (j === i ? { ...x, owner: value } : x)))}
              />
              <DateField
                label={t('plans.supervision.deadline')}
                value={a.deadline}
                onChange={(d) => setActions(actions.map((x, j) => (j === i ? { ...x, deadline: d } : x)))}
              />
            </Group>
          ))}
          <Button size="xs" variant="subtle" mt={4} onClick={() => setActions([...actions, { text: '', owner: '', deadline: null }])}>
            {t('plans.supervision.addAction')}
          </Button>
        </fieldset>
        <AttachmentField file={file} onChange={setFile} error={uploadError} />
        {record.isError && <ApiErrorAlert error={record.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('plans.doc.cancel')}
          </Button>
          <Button loading={record.isPending} disabled={!unitCode || !visitedOn || byName.trim() === ''} onClick={submit}>
            {t('plans.supervision.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
