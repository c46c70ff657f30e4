/**
 * Giải ngân (/von/:unit/:year/giai-ngan): record a payment on a line of the approved plan (date, amount in
 * triệu đồng, document), and the list of entries with reversal (a negative entry naming the reversed one,
 * with a reason). The server refuses a payment beyond the plan in force, saying by how much.
 */
import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { parseMillionInput } from '../../../domain/funding/money';
import { useSession } from '../../api/auth';
import { useAllocation, useDisbursements, useRecordDisbursement, useReverseDisbursement } from '../../api/money';
import { useUnit } from '../../api/units';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { dmy, leavesOfYear, million, parseDmy } from './money-format';

export default function DisbursementPage() {
  const { t } = useTranslation();
  const { unit: code = '', year: yearText = '' } = useParams();
  const year = Number(yearText);
  const unit = useUnit(code);
  const plan = useAllocation(code, year);
  const role = useSession().data?.user.role;
  // Hiding only (the server enforces): the roles of disbursements.write in src/policies/funding-policy.ts.
  const canWrite = role === 'admin' || role === 'district_office' || role === 'province_office' || role === 'commune_officer';
  const entries = useDisbursements(code, year);
  const leaves = useMemo(() => leavesOfYear(year), [year]);
  const [lineId, setLineId] = useState<string | null>(null);
  const lines = plan.data?.lines ?? [];
  const lineName = (id: string) => {
    const l = lines.find((x) => x.id === id);
    if (!l) return id;
    const src = leaves.find((s) => s.code === l.sourceCode)?.name ?? l.sourceCode;
    return [src, l.programmeName, l.communeCode].filter(Boolean).join(' · ');
  };
  const paidOf = (id: string) => (entries.data?.entries ?? []).filter((e) => e.allocationLineId === id).reduce((s, e) => s + e.amount, 0);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('money.disbTitle', { year, name: unit.data?.name ?? code })}
      </Title>
      <Anchor component={Link} to={`/von/${code}/${year}`}>
        {t('money.toPlan')}
      </Anchor>
      {(plan.isError || entries.isError) && <ApiErrorAlert error={plan.error ?? entries.error} />}
      {plan.isPending && <PageLoader />}
      {plan.data === null && <Text>{t('money.none', { year })}</Text>}
      {plan.data && plan.data.status !== 'approved' && <Text>{t('money.notApproved')}</Text>}
      {plan.data?.status === 'approved' && (
        <Table.ScrollContainer minWidth={520}>
          <Table striped aria-label={t('money.linesTitle')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('money.line')}</Table.Th>
                <Table.Th ta="right">{t('money.planned')}</Table.Th>
                <Table.Th ta="right">{t('money.paid')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {lines.map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>{lineName(l.id)}</Table.Td>
                  <Table.Td ta="right">{million(l.amount)}</Table.Td>
                  <Table.Td ta="right">{million(paidOf(l.id))}</Table.Td>
                  <Table.Td>
                    {canWrite && (
                      <Button size="xs" variant="light" onClick={() => setLineId(l.id)}>
                        {t('money.record')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {lineId && (
        <RecordForm key={lineId} code={code} year={year} lineId={lineId} label={lineName(lineId)} onDone={() => setLineId(null)} />
      )}
      <Title order={2} size="h3">
        {t('money.entries')}
      </Title>
      {entries.data && entries.data.entries.length === 0 && <Text c="dimmed">{t('money.noEntries')}</Text>}
      {entries.data && entries.data.entries.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table striped aria-label={t('money.entries')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('money.paidOn')}</Table.Th>
                <Table.Th>{t('money.line')}</Table.Th>
                <Table.Th ta="right">{t('money.amount')}</Table.Th>
                <Table.Th>{t('money.document')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.data.entries.map((e) => {
                const reversed = entries.data.entries.some((x) => x.reversalOf === e.id);
                const of = e.reversalOf ? entries.data.entries.find((x) => x.id === e.reversalOf) : undefined;
                return (
                  <Table.Tr key={e.id}>
                    <Table.Td>{dmy(e.paidOn)}</Table.Td>
                    <Table.Td>
                      {lineName(e.allocationLineId)}
                      {of ? ` (${t('money.reversalOf', { date: dmy(of.paidOn) })})` : ''}
                    </Table.Td>
                    <Table.Td ta="right">{million(e.amount)}</Table.Td>
                    <Table.Td>{e.document ?? '—'}</Table.Td>
                    <Table.Td>{canWrite && !e.reversalOf && !reversed && <ReverseButton code={code} year={year} id={e.id} />}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function RecordForm(p: { code: string; year: number; lineId: string; label: string; onDone: () => void }) {
  const { t } = useTranslation();
  const record = useRecordDisbursement(p.code, p.year);
  const [date, setDate] = useState('');
  const [amount, setAmount] = useState('');
  const [doc, setDoc] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const save = () => {
    const paidOn = parseDmy(date);
    const dong = parseMillionInput(amount);
    if (paidOn === null) return setProblem(t('money.badDate'));
    if (dong === null || dong <= 0) return setProblem(t('money.badAmount', { n: 1 }));
    setProblem(null);
    record.mutate({ lineId: p.lineId, paidOn, amount: dong, document: doc.trim() || null }, { onSuccess: p.onDone });
  };
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('money.recordOn', { line: p.label })}
        </Title>
        <Group align="end" wrap="wrap">
          <TextInput label={t('money.paidOn')} placeholder="dd/mm/yyyy" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
          <TextInput label={t('money.amount')} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.currentTarget.value)} />
          <TextInput label={t('money.document')} value={doc} onChange={(e) => setDoc(e.currentTarget.value)} />
        </Group>
        {problem && (
          <Text c="red.8" role="alert">
            {problem}
          </Text>
        )}
        {record.isError && <ApiErrorAlert error={record.error} />}
        <Group>
          <Button onClick={save} loading={record.isPending}>
            {t('money.saveEntry')}
          </Button>
          <Button variant="subtle" onClick={p.onDone}>
            {t('money.cancel')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function ReverseButton({ code, year, id }: { code: string; year: number; id: string }) {
  const { t } = useTranslation();
  const reverse = useReverseDisbursement(code, year);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open)
    return (
      <Button size="xs" variant="subtle" color="red" onClick={() => setOpen(true)}>
        {t('money.reverse')}
      </Button>
    );
  return (
    <Stack gap={4}>
      <TextInput size="xs" label={t('money.reverseReason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
      {reverse.isError && <ApiErrorAlert error={reverse.error} />}
      <Button size="xs" color="red" disabled={!reason.trim()} loading={reverse.isPending} onClick={() => reverse.mutate({ id, reason })}>
        {t('money.confirmReverse')}
      </Button>
    </Stack>
  );
}
