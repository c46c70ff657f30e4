/**
 * The plan's status and its workflow: submit (the office), and the leader's approve — with the decision
 * number, date and signer that assign the capital — or return with a reason. The server decides who may;
 * a refusal is shown in Vietnamese by ApiErrorAlert.
 */
import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Allocation } from '../../api/money';
import { usePlanAction } from '../../api/money';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { dmy, parseDmy } from './money-format';

const COLORS = { draft: 'gray', submitted: 'blue', approved: 'green', returned: 'orange' } as const;

export function PlanStatus({ plan }: { plan: Allocation }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="wrap">
      <Text>{t('money.status')}:</Text>
      <Badge color={COLORS[plan.status]} variant="light" data-testid="allocation-status">
        {t(`money.statuses.${plan.status}`)}
      </Badge>
      {plan.decisionNumber && (
        <Text size="sm">
          {t('money.decision', { number: plan.decisionNumber, date: dmy(plan.decisionDate) })}
          {plan.decisionSigner ? `, ${t('money.signer', { name: plan.decisionSigner })}` : ''}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {t('money.version', { v: plan.version })}
      </Text>
    </Group>
  );
}

export function PlanDecision(p: { plan: Allocation; code: string; canApprove: boolean; canWrite: boolean }) {
  const { plan, code, canApprove, canWrite } = p;
  const { t } = useTranslation();
  const action = usePlanAction(code, plan.year);
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [signer, setSigner] = useState('');
  const [note, setNote] = useState('');
  const [bad, setBad] = useState(false);
  const approve = () => {
    const iso = parseDmy(date);
    setBad(iso === null);
    if (iso === null) return;
    action.mutate({
      kind: 'approve',
      version: plan.version,
      decisionNumber: number,
      decisionDate: iso,
      decisionSigner: signer.trim() || null,
    });
  };
  return (
    <Stack gap="sm">
      {action.isError && <ApiErrorAlert error={action.error} />}
      {canWrite && (plan.status === 'draft' || plan.status === 'returned') && plan.lines.length > 0 && (
        <Group>
          <Button onClick={() => action.mutate({ kind: 'submit', version: plan.version })} loading={action.isPending}>
            {t('money.submit')}
          </Button>
        </Group>
      )}
      {plan.status === 'submitted' && canApprove && (
        <Paper withBorder p="sm">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('money.approveTitle')}
            </Title>
            <Group align="end" wrap="wrap">
              <TextInput label={t('money.decisionNumber')} value={number} onChange={(e) => setNumber(e.currentTarget.value)} required />
              <TextInput
                label={t('money.decisionDate')}
                placeholder="dd/mm/yyyy"
                value={date}
                onChange={(e) => setDate(e.currentTarget.value)}
                error={bad ? t('money.badDate') : undefined}
                required
              />
              <TextInput label={t('money.decisionSigner')} value={signer} onChange={(e) => setSigner(e.currentTarget.value)} />
              <Button onClick={approve} loading={action.isPending}>
                {t('money.approve')}
              </Button>
            </Group>
            <Group align="end" wrap="wrap">
              <TextInput label={t('money.returnNote')} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
              <Button
                variant="outline"
                color="orange"
                disabled={!note.trim()}
                onClick={() => action.mutate({ kind: 'return', version: plan.version, note })}
              >
                {t('money.return')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
