/**
 * Nhập số liệu từ tệp Excel: the values workbook of a district or commune goes back in. The user may
 * check it first, choose to write only the valid rows, and sees the upload and the server's stages as
 * a progress bar; every problem is listed by cell (sheet!A1) with its message in the UI's language.
 */
import { Alert, Button, Checkbox, FileInput, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client';
import {
  downloadDocument,
  type ImportCommune,
  type ImportIssue,
  type ImportResult,
  type ImportStage,
  importValuesFile,
} from '../../api/documents';
import { useUnit } from '../../api/units';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import '../../i18n/documents';
import { useAsOf } from '../../lib/as-of';
import { useFormat } from '../../lib/format';

/** Where each stage sits on the bar: the upload is the first fifth, writing the last half. */
const SPAN: Record<ImportStage, [number, number]> = {
  upload: [0, 20],
  check: [20, 22],
  read: [22, 35],
  validate: [35, 50],
  write: [50, 99],
  done: [100, 100],
};

function IssueTable({ issues }: { issues: ImportIssue[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table striped withTableBorder data-testid="import-issues">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('import.cell')}</Table.Th>
          <Table.Th>{t('import.message')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {issues.slice(0, 300).map((i) => (
          <Table.Tr key={`${i.cell}:${i.code}`}>
            <Table.Td>
              <code>{i.cell}</code>
            </Table.Td>
            <Table.Td>{i18n.language === 'en' ? i.en : i.vi}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Per commune: what the sheet changes (the preview before writing, the report after). */
function CommuneTable({ communes }: { communes: ImportCommune[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const cols = ['changed', 'unchanged', 'new', 'conflicts'] as const;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table striped withTableBorder captionSide="top" data-testid="import-communes">
        <Table.Caption>{t('import.perCommune')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('import.commune')}</Table.Th>
            {cols.map((c) => (
              <Table.Th key={c} ta="right">
                {t(`import.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {communes.map((c) => (
            <Table.Tr key={c.unitCode}>
              <Table.Td>{c.name}</Table.Td>
              {cols.map((k) => (
                <Table.Td key={k} ta="right" c={k === 'conflicts' && c[k] > 0 ? 'red.8' : undefined}>
                  {fmt.number(c[k])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ResultAlert({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const counts = {
    changed: fmt.number(result.changed),
    unchanged: fmt.number(result.unchanged),
    new: fmt.number(result.new),
    conflicts: fmt.number(result.conflicts),
  };
  const head = result.dryRun
    ? t('import.checked', { rows: fmt.number(result.acceptedRows), values: fmt.number(result.values), written: fmt.number(result.written) })
    : result.written === 0
      ? t('import.nothing')
      : t('import.done', { written: fmt.number(result.written), date: fmt.date(result.asOf) });
  return (
    <Alert color={result.issues.length > 0 ? 'yellow' : 'green'} role="status" data-testid="import-result">
      {head}
      <Text mt="xs" data-testid="import-summary">
        {t('import.summary', counts)}
      </Text>
      {result.issues.length > 0 && <Text mt="xs">{t('import.skipped', { count: result.issues.length })}</Text>}
    </Alert>
  );
}

export default function ImportPage() {
  const { t } = useTranslation();
  const { unit: unitCode = '' } = useParams();
  const unit = useUnit(unitCode);
  const { asOf } = useAsOf(unit.data, !unit.isError);
  const [file, setFile] = useState<File | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [progress, setProgress] = useState<{ stage: ImportStage; value: number } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = (dryRun: boolean) => {
    if (!file) return;
    setResult(null);
    setError(null);
    setProgress({ stage: 'upload', value: 0 });
    importValuesFile({
      unit: unitCode,
      file,
      mode: validOnly ? 'valid' : 'all',
      dryRun,
      onProgress: (stage, fraction) => {
        const [a, b] = SPAN[stage];
        setProgress({ stage, value: a + (b - a) * Math.min(1, fraction) });
      },
    })
      .then(setResult)
      .catch(setError)
      .finally(() => setProgress(null));
  };
  const cellIssues = error instanceof ApiError ? ((error.details?.issues as ImportIssue[] | undefined) ?? []) : [];

  return (
    <Stack gap="md" maw={900}>
      <Title order={1} size="h2">
        {t('import.title')}
        {unit.data ? ` — ${unit.data.name}` : ''}
      </Title>
      <Text>{t('import.intro')}</Text>
      <Group>
        <Button variant="light" onClick={() => downloadDocument('values.xlsx', { unit: unitCode, asOf }).catch(setError)}>
          {t('import.template')}
        </Button>
      </Group>
      <FileInput
        label={t('import.file')}
        placeholder={t('import.filePlaceholder')}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        value={file}
        onChange={setFile}
        clearable
        data-testid="import-file"
      />
      <Checkbox label={t('import.validOnly')} checked={validOnly} onChange={(e) => setValidOnly(e.currentTarget.checked)} />
      <Group>
        <Button variant="default" disabled={!file || progress !== null} onClick={() => run(true)}>
          {t('import.check')}
        </Button>
        <Button disabled={!file || progress !== null} onClick={() => run(false)} data-testid="import-submit">
          {t('import.submit')}
        </Button>
      </Group>
      {progress && (
        <Stack gap={4} aria-live="polite">
          <Text size="sm">{t(`import.stage.${progress.stage}`)}</Text>
          <Progress value={progress.value} animated aria-label={t(`import.stage.${progress.stage}`)} />
        </Stack>
      )}
      {result && <ResultAlert result={result} />}
      {result && result.communes.length > 0 && <CommuneTable communes={result.communes} />}
      {result && result.issues.length > 0 && <IssueTable issues={result.issues} />}
      {error !== null && (
        <ApiErrorAlert error={cellIssues.length > 0 ? new ApiError(422, (error as ApiError).code, (error as ApiError).messages) : error} />
      )}
      {cellIssues.length > 0 && (
        <>
          <Title order={2} size="h4">
            {t('import.problems')}
          </Title>
          <IssueTable issues={cellIssues} />
        </>
      )}
    </Stack>
  );
}
