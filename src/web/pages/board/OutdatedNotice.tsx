/**
 * Says, above the heat map, how many criteria rest only on values of an earlier year than the board's:
 * they are "chưa cập nhật", neither met nor not met, so the totals are not read as this year's.
 */
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../api/types';
import { useFormat } from '../../lib/format';

export function OutdatedNotice({ summary, asOf }: { summary: Board['summary']; asOf: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  if (summary.totalOutdated === 0) return null;
  return (
    <Alert color="yellow" variant="light" data-testid="outdated-notice">
      {t('dates.outdatedNotice', {
        n: fmt.number(summary.totalOutdated),
        communes: fmt.number(summary.outdatedCommunes),
        year: asOf.slice(0, 4),
      })}
    </Alert>
  );
}
