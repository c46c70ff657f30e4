/**
 * "Tải văn bản": the downloads of a page — the board and the values as .xlsx, the plan (.docx, and its
 * progress as .xlsx) and the periodic report — for the unit and date on screen; errors shown in place.
 */
import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateVi } from '../../../domain/text/vietnamese';
import { type DocumentKind, downloadDocument, downloadFile } from '../../api/documents';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import '../../i18n/documents';
import '../../i18n/recdocs';
import { ReportDialog } from './ReportDialog';

/** "Xã nông thôn mới nâng cao" → "nông thôn mới nâng cao". */
const tierPhrase = (tierName: string) => {
  const t = tierName.replace(/^(xã|Xã)\s+/u, '');
  return t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
};

interface Props {
  unitCode: string | undefined;
  asOf: string;
  /** Show the plan and report entries (a district or province board). */
  withPlan?: boolean;
  /** Show the link to the import screen. */
  canImport?: boolean;
  /** A commune page: offer its self-assessment report for the set on screen (tier code and name). */
  selfAssessment?: { tier: string; tierName: string } | undefined;
}

export function DocumentMenu({ unitCode, asOf, withPlan = false, canImport = false, selfAssessment }: Props) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [reporting, setReporting] = useState(false);
  const year = Number(asOf.slice(0, 4));
  const track = (download: Promise<void>) => {
    setBusy(true);
    setError(null);
    download.catch(setError).finally(() => setBusy(false));
  };
  const get = (kind: DocumentKind, query: Record<string, string | number | undefined>) =>
    track(downloadDocument(kind, { unit: unitCode, asOf, ...query }));
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
          {selfAssessment && unitCode && (
            <Menu.Item
              data-testid="self-assessment-docx"
              title={t('recdocs.selfAssessmentHint', { date: formatDateVi(asOf) })}
              onClick={() =>
                track(
                  downloadFile(
                    `/units/${encodeURIComponent(unitCode)}/self-assessment.docx`,
                    { date: asOf, tier: selfAssessment.tier },
                    'bao-cao-ket-qua.docx',
                  ),
                )
              }
            >
              {t('recdocs.selfAssessmentDocx', { tier: tierPhrase(selfAssessment.tierName) })}
            </Menu.Item>
          )}
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
