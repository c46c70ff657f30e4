/** The plan as an official document (.docx) and its targets, progress and tasks (.xlsx), from the stored plan. */
import { Button, Menu } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentKind, downloadDocument } from '../../api/documents';
import type { PlanView } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import '../../i18n/documents';
import { planAsOf } from './plan-labels';

export function PlanDownloads({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const p = view.plan;
  const asOf = planAsOf(p.year);
  const get = (kind: DocumentKind) => {
    setBusy(true);
    setError(null);
    downloadDocument(kind, { unit: p.issuingUnit.unitCode, plan: p.code, year: p.year, asOf })
      .catch(setError)
      .finally(() => setBusy(false));
  };
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" loading={busy} data-testid="plan-downloads">
            {t('documents.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => get('plan.docx')}>{t('documents.planDocx', { year: p.year })}</Menu.Item>
          <Menu.Item onClick={() => get('plan.xlsx')}>{t('documents.planXlsx', { year: p.year })}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {error !== null && <ApiErrorAlert error={error} />}
    </>
  );
}
