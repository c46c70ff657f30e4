/**
 * Giữ danh hiệu (/bang-tong-hop/:unit/danh-hieu): the recognised communes of a district or province on a date,
 * those meeting the QĐ 18 revocation rule first, then those at risk, each with its failing criteria in words.
 */
import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useTitleRisks } from '../../api/recognitions';
import { useUnit } from '../../api/units';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AsOfPicker } from '../../components/AsOfPicker';
import { DemoBanner } from '../../components/DemoBanner';
import { PageLoader } from '../../components/PageLoader';
import { TitleBadges } from '../../components/TitleBadge';
import { UnitDateNotice } from '../../components/UnitDateNotice';
import { useAsOf, withAsOf } from '../../lib/as-of';
import { useFormat } from '../../lib/format';

export default function TitleRisksPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const fmt = useFormat();
  const { unit: unitCode = '' } = useParams();
  const unit = useUnit(unitCode);
  const { asOf, reason, setAsOf, context: dateCtx } = useAsOf(unit.data, !unit.isError);
  const q = useTitleRisks(unitCode, asOf);
  const d = q.data;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('recognition.risks.title')}
            {unit.data ? ` — ${unit.data.name}` : ''}
          </Title>
          {d && (
            <Text c="dimmed" size="sm">
              {d.set.name} · {t('board.asOfShort', { date: fmt.date(d.asOf) })}
            </Text>
          )}
        </div>
        <AsOfPicker value={asOf} onChange={setAsOf} min={unit.data?.validFrom} max={unit.data?.validTo} choices={dateCtx?.quickChoices} />
      </Group>
      <UnitDateNotice unit={unit.data} reason={reason} context={dateCtx} />
      <Text size="sm">{t('recognition.risks.intro')}</Text>
      {unit.isError && <ApiErrorAlert error={unit.error} />}
      {q.isError && <ApiErrorAlert error={q.error} onRetry={() => void q.refetch()} />}
      {q.isPending && !q.isError && <PageLoader />}
      {d && (
        <>
          <DemoBanner show={d.set.demo} />
          <Text fw={600} role="status">
            {t('recognition.risks.counts', {
              recognised: d.counts.recognised,
              revoke: d.counts.revoke,
              atRisk: d.counts.atRisk,
              kept: d.counts.kept,
            })}
          </Text>
          {d.communes.length === 0 ? (
            <Text>{t('recognition.risks.empty')}</Text>
          ) : (
            <Paper withBorder>
              <Table.ScrollContainer minWidth={320}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('recognition.risks.commune')}</Table.Th>
                      <Table.Th>{t('recognition.risks.title2')}</Table.Th>
                      <Table.Th>{t('recognition.risks.verdict')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {d.communes.map((c) => (
                      <Table.Tr key={c.unitCode} data-state={c.state ?? 'unknown'}>
                        <Table.Td>
                          <Anchor component={Link} to={withAsOf(`/xa/${c.unitCode}`, d.asOf)}>
                            {c.name}
                          </Anchor>
                          <Text size="xs" c="dimmed">
                            {t('commune.metOf', { met: c.metCount, total: c.criteriaCount })}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <TitleBadges titles={c.titles} />
                        </Table.Td>
                        <Table.Td style={{ minWidth: 200 }}>
                          {c.titles.map((title) => (
                            <Text key={title.recognitionId ?? title.tier} size="sm">
                              {title.risk ? (en ? title.risk.reason.en : title.risk.reason.vi) : t('recognition.risk.unknown')}
                              {title.risk?.judgedBy.note && ` ${en ? title.risk.judgedBy.note.en : title.risk.judgedBy.note.vi}`}
                            </Text>
                          ))}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Paper>
          )}
        </>
      )}
    </Stack>
  );
}
