/**
 * "Tải văn bản": the downloads of a page — the board and the values as .xlsx, the plan (.docx, and its
 * progress as .xlsx) and the periodic report — for the unit and date on screen; errors shown in place.
 */
import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type DocumentKind, downloadDocument } from '../../api/documents';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import '../../i18n/documents';
import { ReportDialog } from './ReportDialog';

interface Props {
  unitCode: string | undefined;
  asOf: string;
  /** Show the plan and report entries (a district or province board). */
  withPlan?: boolean;
  /** Show the link to the import screen. */
  canImport?: boolean;
}

export function DocumentMenu({ unitCode, asOf, withPlan = false, canImport = false }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reporting, setReporting] = useState(false);
  const year = Number(asOf.slice(0, 4));
  const get = (kind: DocumentKind, query: Record<string, string | number | undefined>) => {
    setBusy(true);
    setError(null);
    downloadDocument(kind, { unit: unitCode, asOf, ...query })
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="light" loading={busy} data-testid="document-menu">
            {busy ? t('documents.downloading') : t('documents.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => get('board.xlsx', {})}>{t('documents.boardXlsx')}</Menu.Item>
          <Menu.Item onClick={() => get('values.xlsx', {})}>{t('documents.valuesXlsx')}</Menu.Item>
          {withPlan && unitCode && (
            <>
              <Menu.Divider />
              <Menu.Item onClick={() => get('plan.docx', { year })}>{t('documents.planDocx', { year })}</Menu.Item>
              <Menu.Item onClick={() => get('plan.xlsx', { year })}>{t('documents.planXlsx', { year })}</Menu.Item>
              <Menu.Item onClick={() => setReporting(true)}>{t('documents.reportDocx')}</Menu.Item>
            </>
          )}
          {canImport && unitCode && (
            <>
              <Menu.Divider />
              <Menu.Item component={Link} to={`/nhap-tu-tep/${unitCode}?ngay=${asOf}`}>
                {t('documents.importLink')}
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      {error !== null && <ApiErrorAlert error={error} />}
      {unitCode && (
        <ReportDialog
          opened={reporting}
          onClose={() => setReporting(false)}
          year={year}
          onCreate={(q) => {
            setReporting(false);
            get('report.docx', q);
          }}
        />
      )}
    </>
  );
}
