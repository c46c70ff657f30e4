/** The appraisal (thẩm tra) of the current round: a result and a finding per criterion, the conclusion, the reasons of a return. */
import { Button, Group, Select, Stack, Table, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Dossier, useDossierAct } from '../../api/dossiers';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

export function AppraisalForm({ d }: { d: Dossier }) {
  const { t } = useTranslation();
  const act = useDossierAct(d.id);
  const [on, setOn] = useState('');
  const [results, setResults] = useState<Record<number, { result: string; finding: string }>>(() =>
    Object.fromEntries(d.criteria.map((c) => [c.number, { result: c.status === 'met' ? 'met' : 'not_met', finding: '' }])),
  );
  const [conclusion, setConclusion] = useState('eligible');
  const [reasons, setReasons] = useState('');
  const set = (n: number, k: 'result' | 'finding', v: string) =>
    setResults((r) => ({ ...r, [n]: { ...(r[n] ?? { result: 'met', finding: '' }), [k]: v } }));
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        act.mutate({
          method: 'PUT',
          path: '/appraisal',
          body: {
            appraisedOn: on,
            conclusion,
            reasons: reasons
              .split('\n')
              .map((s) => s.trim())
              .filter(Boolean),
            findings: d.criteria.map((c) => ({
              criterionCode: String(c.number),
              result: results[c.number]?.result ?? 'met',
              finding: results[c.number]?.finding || null,
            })),
          },
        });
      }}
    >
      <Stack gap="xs">
        <TextInput
          type="date"
          label={t('dossier.appraisal.appraisedOn')}
          value={on}
          onChange={(e) => setOn(e.currentTarget.value)}
          required
        />
        <Table.ScrollContainer minWidth={320}>
          <Table aria-label={t('dossier.appraisal.title', { round: d.appraisalRound })}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dossier.appraisal.criterion')}</Table.Th>
                <Table.Th>{t('dossier.appraisal.result')}</Table.Th>
                <Table.Th>{t('dossier.appraisal.finding')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {d.criteria.map((c) => (
                <Table.Tr key={c.number}>
                  <Table.Td>
                    {c.number}. {c.name}
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`${t('dossier.appraisal.result')} ${c.number}`}
                      data={[
                        { value: 'met', label: t('dossier.appraisal.met') },
                        { value: 'not_met', label: t('dossier.appraisal.notMet') },
                      ]}
                      value={results[c.number]?.result ?? 'met'}
                      onChange={(v) => set(c.number, 'result', v ?? 'met')}
                      allowDeselect={false}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      aria-label={`${t('dossier.appraisal.finding')} ${c.number}`}
                      value={results[c.number]?.finding ?? ''}
                      onChange={(e) => set(c.number, 'finding', e.currentTarget.value)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Select
          label={t('dossier.appraisal.conclusion')}
          data={[
            { value: 'eligible', label: t('dossier.appraisal.eligible') },
            { value: 'returned', label: t('dossier.appraisal.returned') },
          ]}
          value={conclusion}
          onChange={(v) => setConclusion(v ?? 'eligible')}
          allowDeselect={false}
        />
        {conclusion === 'returned' && (
          <Textarea
            label={t('dossier.appraisal.reasons')}
            value={reasons}
            onChange={(e) => setReasons(e.currentTarget.value)}
            autosize
            minRows={2}
          />
        )}
        {act.isError && <ApiErrorAlert error={act.error} />}
        <Group>
          <Button type="submit" variant="light" loading={act.isPending}>
            {t('dossier.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
