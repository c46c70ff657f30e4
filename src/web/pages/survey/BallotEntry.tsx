/** Ballot by ballot on a phone: one screen per paper ballot, an answer per item, save, next. */
import { Alert, Button, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Answer, type SurveyRound, useRecordBallot } from '../../api/surveys';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { HamletPicker } from './survey-ui';

export function AnswerRows({
  items,
  answers,
  onChange,
}: {
  items: { code: string; text: string }[];
  answers: Record<string, Answer>;
  onChange: (code: string, a: Answer) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {items.map((it) => (
        <Paper key={it.code} withBorder p="xs">
          <Text size="sm" fw={600} id={`q-${it.code}`}>
            {it.code}. {it.text}
          </Text>
          <SegmentedControl
            fullWidth
            aria-labelledby={`q-${it.code}`}
            value={answers[it.code] ?? 'blank'}
            onChange={(v) => onChange(it.code, v === 'blank' ? null : (v as Answer))}
            data={[
              { value: 'satisfied', label: t('survey.ballotEntry.answer.satisfied') },
              { value: 'not_satisfied', label: t('survey.ballotEntry.answer.not_satisfied') },
              { value: 'blank', label: t('survey.ballotEntry.answer.blank') },
            ]}
          />
        </Paper>
      ))}
    </>
  );
}

export function BallotEntry({ round }: { round: SurveyRound }) {
  const { t } = useTranslation();
  const [hamletId, setHamletId] = useState<string | null>(round.hamlets[0]?.id ?? null);
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [saved, setSaved] = useState(false);
  const record = useRecordBallot(round.id);
  const h = round.hamlets.find((x) => x.id === hamletId);
  const count = round.result.hamlets.find((x) => x.id === hamletId)?.returned.phone ?? 0;
  if (!h) return null;
  const submit = () =>
    record.mutate(
      { hamletId: h.id, answers },
      {
        onSuccess: () => {
          setAnswers({});
          setSaved(true);
          window.scrollTo({ top: 0 });
        },
      },
    );
  return (
    <Stack gap="sm">
      <Text size="sm">{t('survey.ballotEntry.hint')}</Text>
      <HamletPicker
        hamlets={round.hamlets}
        value={hamletId}
        onChange={(v) => {
          setHamletId(v);
          setSaved(false);
        }}
      />
      {saved && (
        <Alert color="green" role="status">
          {t('survey.ballotEntry.saved', { name: h.name, count })}
        </Alert>
      )}
      {!saved && <Text size="sm">{t('survey.ballotEntry.count', { count })}</Text>}
      <AnswerRows
        items={round.items}
        answers={answers}
        onChange={(code, a) => {
          setSaved(false);
          setAnswers((s) => ({ ...s, [code]: a }));
        }}
      />
      {record.isError && <ApiErrorAlert error={record.error} />}
      <Button onClick={submit} loading={record.isPending}>
        {t('survey.ballotEntry.save')}
      </Button>
    </Stack>
  );
}
