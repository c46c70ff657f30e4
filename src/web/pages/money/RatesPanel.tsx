/**
 * The live disbursement rates of the plan (computed by the server on each request) by source, commune,
 * criterion or work, as of a date: by default 31/12 of a past year, else today — shown on screen.
 */
import { Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RatesBy, useRates } from '../../api/money';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { dmy, million, ratePct, yearAsOf } from './money-format';

const BY: RatesBy[] = ['source', 'commune', 'criterion', 'work'];

export function RatesPanel({ code, year }: { code: string; year: number }) {
  const { t } = useTranslation();
  const [by, setBy] = useState<RatesBy>('source');
  const [asOf, setAsOf] = useState(() => yearAsOf(year));
  const rates = useRates(code, year, by, asOf);
  const total = rates.data?.total;
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('money.ratesTitle')}
      </Title>
      <Group align="end" wrap="wrap">
        <NativeSelect
          label={t('money.ratesBy')}
          value={by}
          onChange={(e) => setBy(e.currentTarget.value as RatesBy)}
          data={BY.map((b) => ({ value: b, label: t(`money.by.${b}`) }))}
        />
        <TextInput
          type="date"
          label={t('money.asOf')}
          value={asOf}
          min={`${year}-01-01`}
          onChange={(e) => e.currentTarget.value && setAsOf(e.currentTarget.value)}
        />
      </Group>
      <Text size="sm" data-testid="rates-as-of">
        {t('money.asOfShown', { date: dmy(rates.data?.asOf ?? asOf) })}
      </Text>
      {rates.isError && <ApiErrorAlert error={rates.error} onRetry={() => void rates.refetch()} />}
      {rates.data && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped aria-label={t('money.ratesTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('money.item')}</Table.Th>
                <Table.Th ta="right">{t('money.planned')}</Table.Th>
                <Table.Th ta="right">{t('money.paid')}</Table.Th>
                <Table.Th ta="right">{t('money.rate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rates.data.rows
                .filter((r) => r.key !== 'total')
                .map((r) => (
                  <Table.Tr key={r.key}>
                    <Table.Td pl={`${Math.max(0, r.level) * 12 + 8}px`} fw={r.level <= 1 && by === 'source' ? 600 : undefined}>
                      {r.label}
                    </Table.Td>
                    <Table.Td ta="right">{million(r.planned)}</Table.Td>
                    <Table.Td ta="right">{million(r.paid)}</Table.Td>
                    <Table.Td ta="right">{ratePct(r.rate)}</Table.Td>
                  </Table.Tr>
                ))}
              {total && (
                <Table.Tr>
                  <Table.Th>{t('money.total')}</Table.Th>
                  <Table.Td ta="right" fw={700}>
                    {million(total.planned)}
                  </Table.Td>
                  <Table.Td ta="right" fw={700}>
                    {million(total.paid)}
                  </Table.Td>
                  <Table.Td ta="right" fw={700} data-testid="rate-total">
                    {ratePct(total.rate)}
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
