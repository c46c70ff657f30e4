/**
 * Nhập kế hoạch vốn (/tai-chinh/:unit/nhap-ke-hoach?nam=): the plan workbook exported from the dashboard,
 * checked first (preview: how many lines edited, new, removed — "0 thay đổi" for an unchanged file), then
 * written. Every problem is listed by its cell; nothing is written while one remains.
 */
import { Alert, Anchor, Button, FileInput, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import { downloadFundingFile, importPlanFile, type PlanImportResult } from '../../api/fundboard';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';

interface Issue {
  cell: string;
  code: string;
  vi: string;
  en: string;
}

export default function PlanImportPage() {
  const { t, i18n } = useTranslation();
  const { unit = '' } = useParams();
  const nam = Number(useSearchParams()[0].get('nam'));
  const year = Number.isInteger(nam) && nam >= 2021 && nam <= 2030 ? nam : new Date().getFullYear();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<PlanImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = (mode: 'preview' | 'apply') => {
    if (!file) return;
    setBusy(true);
    setError(null);
    setResult(null);
    importPlanFile(unit, year, file, mode)
      .then(setResult)
      .catch(setError)
      .finally(() => setBusy(false));
  };
  const issues = error instanceof ApiError ? ((error.details?.issues as Issue[] | undefined) ?? []) : [];
  const en = i18n.language === 'en';
  return (
    <Stack gap="md" maw={900}>
      <Title order={1} size="h2">
        {t('fundboard.import.title', { year })}
      </Title>
      <Text>{t('fundboard.import.intro')}</Text>
      <Group>
        <Button variant="light" onClick={() => downloadFundingFile(unit, 'allocations', year, `${year}-12-31`).catch(setError)}>
          {t('fundboard.download.allocations')}
        </Button>
        <Anchor component={Link} to={`/tai-chinh/${encodeURIComponent(unit)}?nam=${year}`}>
          {t('fundboard.import.back')}
        </Anchor>
      </Group>
      <FileInput
        label={t('fundboard.import.file')}
        placeholder={t('fundboard.import.placeholder')}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={setFile}
        clearable
      />
      <Group>
        <Button variant="default" disabled={!file || busy} onClick={() => run('preview')}>
          {t('fundboard.import.preview')}
        </Button>
        <Button disabled={!file || busy} onClick={() => run('apply')}>
          {t('fundboard.import.apply')}
        </Button>
      </Group>
      {result && (
        <Alert color="green" role="status">
          <Text fw={700}>{en ? result.summary.en : result.summary.vi}</Text>
          <Text size="sm">
            {t(result.applied ? 'fundboard.import.written' : 'fundboard.import.notWritten', {
              rows: result.rows,
              unchanged: result.unchanged,
            })}
          </Text>
        </Alert>
      )}
      {error !== null && <ApiErrorAlert error={error} />}
      {issues.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fundboard.import.cell')}</Table.Th>
                <Table.Th>{t('fundboard.import.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {issues.slice(0, 300).map((i) => (
                <Table.Tr key={`${i.cell}:${i.code}:${i.vi}`}>
                  <Table.Td>
                    <code>{i.cell}</code>
                  </Table.Td>
                  <Table.Td>{en ? i.en : i.vi}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
