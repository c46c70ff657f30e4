/**
 * The commune's recognitions (công nhận đạt chuẩn) on its page: the titles it holds on the date with the
 * QĐ 18 verdict and the criteria failing, then every decision recorded (revoked ones too) with what is
 * unknown said so, and a link to the commune's recognition dossiers. Kept apart from the evaluation above.
 */
import { Alert, Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type JudgedTitle, type UnitRecognitions, useRecognitions } from '../../api/recognitions';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { TitleBadges } from '../../components/TitleBadge';
import { useFormat } from '../../lib/format';

type Recognition = UnitRecognitions['recognitions'][number];

function TitleVerdict({ title }: { title: JudgedTitle }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const risk = title.risk;
  return (
    <Stack gap={4}>
      <TitleBadges titles={[title]} />
      {title.derived && (
        <Text size="sm">
          {t('recognition.section.derivedFrom', {
            list: title.derived.predecessors.map((p) => `${p.name} — ${en ? p.label.en : p.label.vi}`).join('; '),
          })}
          . {en ? title.derived.basis.en : title.derived.basis.vi}
        </Text>
      )}
      {risk ? (
        <Text size="sm" c={risk.state === 'kept' ? undefined : risk.state === 'revoke' ? 'red.9' : 'orange.9'}>
          {t(`recognition.risk.${risk.state}`)}: {en ? risk.reason.en : risk.reason.vi}{' '}
          {t('recognition.section.judgedBy', { set: risk.judgedBy.setName })}.
          {risk.judgedBy.note && ` ${en ? risk.judgedBy.note.en : risk.judgedBy.note.vi}`}
          {risk.ruleVerified === false && ` ${t('recognition.ruleUnverified')}`}
        </Text>
      ) : (
        <Text size="sm" c="dimmed">
          {t('recognition.risk.unknown')}
        </Text>
      )}
    </Stack>
  );
}

function HistoryTable({ items }: { items: Recognition[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const unknown = t('recognition.section.unknown');
  const decision = (d: Recognition['decision']) =>
    [d.number ? `${d.number}` : null, d.date ? fmt.date(d.date) : null, d.signer, d.body].filter(Boolean).join(', ') || unknown;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('recognition.section.year')}</Table.Th>
            <Table.Th>{t('recognition.section.decision')}</Table.Th>
            <Table.Th>{t('recognition.section.announced')}</Table.Th>
            <Table.Th>{t('recognition.section.status')}</Table.Th>
            <Table.Th>{t('recognition.section.note')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Td>
                {r.year ?? (r.yearBefore ? t('recognition.section.yearBefore', { year: r.yearBefore }) : unknown)}
                {r.demo && ` (${t('recognition.demo')})`}
              </Table.Td>
              <Table.Td>{decision(r.decision)}</Table.Td>
              <Table.Td>{r.announcedOn ? fmt.date(r.announcedOn) : unknown}</Table.Td>
              <Table.Td>
                {r.revoked
                  ? `${t('recognition.section.revoked', { decision: decision(r.revoked.decision) })}${r.revoked.reason ? `. ${t('recognition.section.revokeReason', { reason: r.revoked.reason })}` : ''}`
                  : r.inForce
                    ? t('recognition.section.inForceNow')
                    : t('recognition.section.notYet')}
              </Table.Td>
              <Table.Td style={{ maxWidth: 320, overflowWrap: 'anywhere' }}>{r.note}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function RecognitionSection({ unitCode, asOf }: { unitCode: string; asOf: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const q = useRecognitions(unitCode, asOf);
  if (q.isError) return <ApiErrorAlert error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return null;
  const { titles, recognitions } = q.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="recognition-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="recognition-title">
          {t('recognition.section.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('recognition.section.intro')}
        </Text>
        {titles.length > 0 ? (
          <Stack gap="xs">
            <Text fw={600}>{t('recognition.section.inForce', { date: fmt.date(asOf) })}</Text>
            {titles.map((title) => (
              <TitleVerdict key={title.recognitionId ?? title.tier} title={title} />
            ))}
          </Stack>
        ) : (
          <Alert color="gray" variant="light">
            {t('recognition.section.noneInForce', { date: fmt.date(asOf) })}
          </Alert>
        )}
        <Text fw={600}>{t('recognition.section.history')}</Text>
        {recognitions.length > 0 ? <HistoryTable items={recognitions} /> : <Text size="sm">{t('recognition.section.empty')}</Text>}
        <Anchor component={Link} to={`/xa/${unitCode}/ho-so`}>
          {t('recognition.section.dossiers')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
