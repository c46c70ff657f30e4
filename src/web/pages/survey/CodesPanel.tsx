/**
 * One-time codes for residents: the Front makes N codes for a hamlet and prints the slips right away
 * (each with the hamlet's QR code, its address and one code); the codes are never shown again.
 */
import { Alert, Button, Group, NumberInput, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type SurveyRound, useGenerateCodes } from '../../api/surveys';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { HamletPicker } from './survey-ui';

export function CodesPanel({ round }: { round: SurveyRound }) {
  const { t } = useTranslation();
  const [hamletId, setHamletId] = useState<string | null>(round.hamlets[0]?.id ?? null);
  const [count, setCount] = useState<number | string>(10);
  const gen = useGenerateCodes(round.id);
  const h = round.hamlets.find((x) => x.id === hamletId);
  if (!h) return null;
  const sheet = gen.data && gen.data.hamletId === h.id ? gen.data : null;
  return (
    <Stack gap="sm">
      <Alert color="blue" variant="light">
        {t('survey.codes.hint')}
      </Alert>
      <HamletPicker hamlets={round.hamlets} value={hamletId} onChange={setHamletId} />
      <Text size="sm">{t('survey.codes.have', { total: h.codes.total, used: h.codes.used })}</Text>
      <Group align="flex-end">
        <NumberInput label={t('survey.codes.count')} value={count} onChange={setCount} min={1} max={1000} w={160} />
        <Button onClick={() => gen.mutate({ hamletId: h.id, count: Number(count) })} loading={gen.isPending}>
          {t('survey.codes.generate')}
        </Button>
        {sheet && (
          <Button variant="light" onClick={() => window.print()}>
            {t('survey.codes.print')}
          </Button>
        )}
      </Group>
      {gen.isError && <ApiErrorAlert error={gen.error} />}
      {sheet && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} className="survey-slips" data-testid="survey-slips">
          {sheet.codes.map((c) => (
            <Paper key={c} withBorder p="sm" style={{ breakInside: 'avoid' }}>
              <Text size="sm" fw={600}>
                {round.unitName} — {sheet.hamletName}
              </Text>
              {/* The SVG is drawn by the server's QR library from the hamlet's own address. */}
              {/* biome-ignore lint/security/noDangerouslySetInnerHtml: server-made QR image of our own URL */}
              <div style={{ width: 140 }} role="img" aria-label={sheet.url} dangerouslySetInnerHTML={{ __html: sheet.qrSvg }} />
              <Text size="xs">{t('survey.codes.slip')}</Text>
              <Text size="xs" style={{ wordBreak: 'break-all' }}>
                {sheet.url}
              </Text>
              <Text size="sm">
                {t('survey.codes.code')}: <b>{c}</b>
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
