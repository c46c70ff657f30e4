/** The year-end forecast of criteria per commune, over all communes and over those not yet recognised, beside the stated figure. */
import { Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanProgress } from '../../api/plans';
import { useFormat } from '../../lib/format';

export function ForecastTable({ progress }: { progress: PlanProgress }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const f = progress.forecast;
  const rows = [
    ['current', f.current],
    ['forecastLine', f.forecast],
    ['ifAllMet', f.ifAllMet],
  ] as const;
  return (
    <section>
      <Title order={2} size="h4" mb="xs">
        {t('plans.dashboard.forecast')}
      </Title>
      <Table withTableBorder aria-label={t('plans.dashboard.forecast')} data-testid="forecast">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>
              <span className="visually-hidden">{t('a11y.forecastMeasure')}</span>
            </Table.Th>
            <Table.Th>{t('plans.dashboard.overAll', { n: f.current.all.count })}</Table.Th>
            <Table.Th>{t('plans.dashboard.overNotRecognised', { n: f.current.notRecognised.count })}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([k, v]) => (
            <Table.Tr key={k}>
              <Table.Th scope="row">{t(`plans.dashboard.${k}`)}</Table.Th>
              <Table.Td>{fmt.number(v.all.average)}</Table.Td>
              <Table.Td>{fmt.number(v.notRecognised.average)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {progress.statedAverage !== null && (
        <Text size="sm" mt={4}>
          {t('plans.dashboard.stated')}: {fmt.number(progress.statedAverage)}
        </Text>
      )}
    </section>
  );
}
