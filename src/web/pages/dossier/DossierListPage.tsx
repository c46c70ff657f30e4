/** Hồ sơ của xã (/xa/:code/ho-so): the commune's recognition and revocation dossiers, and a form to start one. */
import { Anchor, Badge, Button, Card, Group, NumberInput, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useDossiers, useStartDossier } from '../../api/dossiers';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import '../../components/data-table.css';
import { dmy } from './dossier-format';

const TIERS = ['ntm', 'advanced', 'model'];

function StartForm({ code }: { code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartDossier(code);
  const [tier, setTier] = useState('ntm');
  const [year, setYear] = useState<number | string>('');
  const [assessmentDate, setAssessmentDate] = useState('');
  const [startedOn, setStartedOn] = useState('');
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="sm">
        {t('dossier.start.title')}
      </Title>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          start.mutate({ tier, year: Number(year), assessmentDate, startedOn }, { onSuccess: (d) => void navigate(`/ho-so/${d.id}`) });
        }}
      >
        <Stack gap="sm">
          <Select
            label={t('dossier.start.tier')}
            data={TIERS.map((v) => ({ value: v, label: t(`dossier.tier.${v}`) }))}
            value={tier}
            onChange={(v) => setTier(v ?? 'ntm')}
            allowDeselect={false}
          />
          <NumberInput label={t('dossier.year')} value={year} onChange={setYear} min={2000} max={2100} required />
          <TextInput
            type="date"
            label={t('dossier.assessmentDate')}
            value={assessmentDate}
            onChange={(e) => setAssessmentDate(e.currentTarget.value)}
            required
          />
          <TextInput
            type="date"
            label={t('dossier.startedOn')}
            value={startedOn}
            onChange={(e) => setStartedOn(e.currentTarget.value)}
            required
          />
          {start.isError && <ApiErrorAlert error={start.error} />}
          <Group>
            <Button type="submit" loading={start.isPending}>
              {t('dossier.start.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

export default function DossierListPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const list = useDossiers(code);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('dossier.listTitle', { name: list.data?.unit.name ?? code })}
      </Title>
      {list.isError && <ApiErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      {list.isPending && !list.isError && <PageLoader />}
      {list.data && list.data.items.length === 0 && <Text c="dimmed">{t('dossier.empty')}</Text>}
      {list.data && list.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table striped aria-label={t('dossier.nav')} className="dt-stack">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dossier.year')}</Table.Th>
                <Table.Th>{t('dossier.start.tier')}</Table.Th>
                <Table.Th>{t('dossier.currentStep')}</Table.Th>
                <Table.Th>{t('dossier.assessmentDate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td data-label={t('dossier.year')}>
                    <div>
                      <Anchor component={Link} to={`/ho-so/${d.id}`}>
                        {t(`dossier.kind.${d.kind}`)} {d.year}
                      </Anchor>
                      {d.demo && (
                        <Badge ml="xs" color="yellow" variant="light">
                          {t('dossier.demo')}
                        </Badge>
                      )}
                    </div>
                  </Table.Td>
                  <Table.Td data-label={t('dossier.start.tier')}>
                    <div>{t(`dossier.tier.${d.tier}`, { defaultValue: d.tier })}</div>
                  </Table.Td>
                  <Table.Td data-label={t('dossier.currentStep')}>
                    <div>
                      {d.state === 'completed' ? (
                        <Badge color="green" variant="light">
                          {t('dossier.state.completed')}
                        </Badge>
                      ) : (
                        d.stepName
                      )}
                    </div>
                  </Table.Td>
                  <Table.Td data-label={t('dossier.assessmentDate')}>
                    <div>{dmy(d.assessmentDate)}</div>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <StartForm code={code} />
    </Stack>
  );
}
