/**
 * The plan's lines grouped by source with subtotals and the plan total (triệu đồng). In draft (or when
 * returned) each line is an editable row — source, programme name when the source needs it, commune,
 * work, criterion, amount — saved as the whole plan with its version, so a stale save is refused (409).
 */
import { Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMillionInput } from '../../../domain/funding/money';
import { useCriteriaSet } from '../../api/criteria-sets';
import type { Allocation, LineInput } from '../../api/money';
import { useCommunes, usePlanAction } from '../../api/money';
import { useWorks } from '../../api/works';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { defaultSetOfYear, leavesOfYear, million } from './money-format';

interface Row {
  key: number;
  sourceCode: string;
  programmeName: string;
  communeCode: string;
  workId: string;
  criterion: string;
  amount: string;
}
const collator = new Intl.Collator('vi');
let nextKey = 1;
const toRow = (l: Allocation['lines'][number]): Row => ({
  key: nextKey++,
  sourceCode: l.sourceCode,
  programmeName: l.programmeName ?? '',
  communeCode: l.communeCode ?? '',
  workId: l.workId ?? '',
  criterion: l.criterionNumber === null ? '' : String(l.criterionNumber),
  amount: String(l.amount / 1_000_000).replace('.', ','),
});

export function PlanLines({
  plan,
  code,
  validTo,
  canWrite,
}: {
  plan: Allocation;
  code: string;
  validTo: string | null;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const editable = canWrite && (plan.status === 'draft' || plan.status === 'returned');
  const leaves = useMemo(() => leavesOfYear(plan.year), [plan.year]);
  const nameOf = (c: string) => leaves.find((s) => s.code === c)?.name ?? c;
  const setCode = plan.lines.find((l) => l.setCode)?.setCode ?? defaultSetOfYear(plan.year);
  const set = useCriteriaSet(setCode);
  const communes = useCommunes(code, `${plan.year}-01-01`);
  const yearEnd = `${plan.year}-12-31`;
  // A unit that ended within the year (Krông Nô, 30/06/2025) lists its works on its last day.
  const works = useWorks(code, { asOf: validTo && validTo < yearEnd ? validTo : yearEnd });
  const communeName = (c: string | null) => communes.data?.items.find((u) => u.code === c)?.name ?? c ?? '—';
  const criterionName = (n: number | null) => {
    if (n === null) return '—';
    const c = set.data?.criteria.find((x) => x.number === n);
    return c ? `${c.number}. ${c.name}` : String(n);
  };
  const workName = (id: string | null) => (id ? (works.data?.works.find((w) => w.id === id)?.name ?? id) : '—');
  const [rows, setRows] = useState<Row[]>(() => plan.lines.map(toRow));
  const [problem, setProblem] = useState<string | null>(null);
  const action = usePlanAction(code, plan.year);
  const patch = (key: number, p: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...p } : r)));

  const groups = useMemo(() => {
    const order = (c: string) => {
      const i = leaves.findIndex((s) => s.code === c);
      return i < 0 ? leaves.length : i;
    };
    const by = new Map<string, Allocation['lines']>();
    for (const l of plan.lines) by.set(l.sourceCode, [...(by.get(l.sourceCode) ?? []), l]);
    return [...by.entries()].sort((a, b) => order(a[0]) - order(b[0]));
  }, [plan.lines, leaves]);
  const total = plan.lines.reduce((s, l) => s + l.amount, 0);

  const save = () => {
    const lines: LineInput[] = [];
    for (const [i, r] of rows.entries()) {
      if (!r.sourceCode) return setProblem(t('money.noSource', { n: i + 1 }));
      const amount = parseMillionInput(r.amount);
      if (amount === null) return setProblem(t('money.badAmount', { n: i + 1 }));
      lines.push({
        sourceCode: r.sourceCode,
        programmeName: r.programmeName.trim() || null,
        communeCode: r.communeCode || null,
        workId: r.workId || null,
        setCode: r.criterion ? setCode : null,
        criterionNumber: r.criterion ? Number(r.criterion) : null,
        amount,
      });
    }
    setProblem(null);
    action.mutate({ kind: 'lines', version: plan.version, lines });
  };

  const communeOptions = [...(communes.data?.items ?? [])]
    .filter((u) => u.kind === 'commune')
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((u) => ({ value: u.code, label: u.name }));
  const none = { value: '', label: t('money.noneOption') };
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('money.linesTitle')}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-label={t('money.linesTitle')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('money.source')}</Table.Th>
              <Table.Th>{t('money.commune')}</Table.Th>
              <Table.Th>{t('money.work')}</Table.Th>
              <Table.Th>{t('money.criterion')}</Table.Th>
              <Table.Th ta="right">{t('money.amount')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map(([source, lines]) => (
              <SourceGroup key={source} name={nameOf(source)} lines={lines} label={t('money.subtotal')}>
                {(l) => (
                  <Table.Tr key={l.id}>
                    <Table.Td>{l.programmeName ?? ''}</Table.Td>
                    <Table.Td>{communeName(l.communeCode)}</Table.Td>
                    <Table.Td>{workName(l.workId)}</Table.Td>
                    <Table.Td>{criterionName(l.criterionNumber)}</Table.Td>
                    <Table.Td ta="right">{million(l.amount)}</Table.Td>
                  </Table.Tr>
                )}
              </SourceGroup>
            ))}
            <Table.Tr>
              <Table.Th colSpan={4}>{t('money.planTotal')}</Table.Th>
              <Table.Td ta="right" fw={700} data-testid="plan-total">
                {million(total)}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editable && (
        <Stack gap="xs">
          {rows.map((r, i) => {
            const needsName = leaves.find((s) => s.code === r.sourceCode)?.needsProgrammeName === true;
            return (
              <Group key={r.key} data-line={i + 1} align="end" gap="xs" wrap="wrap">
                <NativeSelect
                  maw="100%"
                  label={t('money.source')}
                  value={r.sourceCode}
                  onChange={(e) => patch(r.key, { sourceCode: e.currentTarget.value })}
                  data={[{ value: '', label: t('money.choose') }, ...leaves.map((s) => ({ value: s.code, label: s.name }))]}
                />
                {needsName && (
                  <TextInput
                    label={t('money.programme')}
                    value={r.programmeName}
                    onChange={(e) => patch(r.key, { programmeName: e.currentTarget.value })}
                  />
                )}
                <NativeSelect
                  maw="100%"
                  label={t('money.commune')}
                  value={r.communeCode}
                  onChange={(e) => patch(r.key, { communeCode: e.currentTarget.value })}
                  data={[none, ...communeOptions]}
                />
                <NativeSelect
                  maw="100%"
                  label={t('money.work')}
                  value={r.workId}
                  onChange={(e) => patch(r.key, { workId: e.currentTarget.value })}
                  data={[none, ...(works.data?.works ?? []).map((w) => ({ value: w.id, label: w.name }))]}
                />
                <NativeSelect
                  maw="100%"
                  label={t('money.criterion')}
                  value={r.criterion}
                  onChange={(e) => patch(r.key, { criterion: e.currentTarget.value })}
                  data={[none, ...(set.data?.criteria ?? []).map((c) => ({ value: String(c.number), label: `${c.number}. ${c.name}` }))]}
                />
                <TextInput
                  label={t('money.amount')}
                  inputMode="decimal"
                  w={150}
                  value={r.amount}
                  onChange={(e) => patch(r.key, { amount: e.currentTarget.value })}
                />
                <Button variant="subtle" color="red" onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
                  {t('money.removeLine', { n: i + 1 })}
                </Button>
              </Group>
            );
          })}
          {problem && (
            <Text c="red.8" role="alert">
              {problem}
            </Text>
          )}
          {action.isError && <ApiErrorAlert error={action.error} />}
          <Group>
            <Button
              variant="light"
              onClick={() =>
                setRows((rs) => [
                  ...rs,
                  { key: nextKey++, sourceCode: '', programmeName: '', communeCode: '', workId: '', criterion: '', amount: '' },
                ])
              }
            >
              {t('money.addLine')}
            </Button>
            <Button onClick={save} loading={action.isPending}>
              {t('money.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

function SourceGroup({
  name,
  lines,
  label,
  children,
}: {
  name: string;
  lines: Allocation['lines'];
  label: string;
  children: (l: Allocation['lines'][number]) => ReactNode;
}) {
  const sum = lines.reduce((s, l) => s + l.amount, 0);
  return (
    <>
      <Table.Tr>
        <Table.Th colSpan={4} scope="rowgroup">
          {name}
        </Table.Th>
        <Table.Td ta="right" fw={600} aria-label={`${label} ${name}`}>
          {million(sum)}
        </Table.Td>
      </Table.Tr>
      {lines.map(children)}
    </>
  );
}
