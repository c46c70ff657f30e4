/**
 * The residents' ballot (/khao-sat/:token), open without sign-in from the hamlet's QR code: the
 * household's one-time code and an answer per item; nothing personal is asked or kept.
 */
import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type Answer, usePublicBallot, useSendPublicBallot } from '../../api/surveys';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { AnswerRows } from './BallotEntry';

export default function PublicBallotPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const q = usePublicBallot(token);
  const send = useSendPublicBallot(token);
  const [code, setCode] = useState('');
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  if (q.isPending) return <PageLoader />;
  if (q.isError) return <ApiErrorAlert error={q.error} />;
  const b = q.data;
  return (
    <Stack gap="sm" maw={640} mx="auto">
      <Title order={1}>{t('survey.public.title')}</Title>
      <Text>{t('survey.public.where', { unit: b.unitName, hamlet: b.hamletName })}</Text>
      {b.ballot && <Text fw={600}>{b.ballot}</Text>}
      <Text size="sm">{t('survey.public.privacy')}</Text>
      {send.isSuccess ? (
        <Alert color="green" role="status">
          {t('survey.public.thanks')}
        </Alert>
      ) : !b.open ? (
        <Alert color="orange" role="status">
          {t('survey.public.closed')}
        </Alert>
      ) : (
        <>
          <TextInput
            label={t('survey.public.code')}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            autoComplete="off"
            required
          />
          <AnswerRows items={b.items} answers={answers} onChange={(c, a) => setAnswers((s) => ({ ...s, [c]: a }))} />
          {send.isError && <ApiErrorAlert error={send.error} />}
          <Button onClick={() => send.mutate({ code, answers })} disabled={!code.trim()} loading={send.isPending}>
            {t('survey.public.send')}
          </Button>
        </>
      )}
    </Stack>
  );
}
