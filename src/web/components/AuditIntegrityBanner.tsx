/**
 * The warning the offices see when the server was started with --allow-broken-audit on a broken
 * audit chain: which event, when, and what was done to it, until the chain is repaired.
 */
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVi } from '../../domain/text/vietnamese';
import { useAuditIntegrity } from '../api/audit';
import { useSession } from '../api/auth';
import { canSeeSecurityLog } from '../lib/roles';

export function AuditIntegrityBanner() {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  const integrity = useAuditIntegrity(canSeeSecurityLog(user));
  const broken = integrity.data?.state === 'broken' ? integrity.data.broken : null;
  if (!broken) return null;
  return (
    <Alert color="red" variant="filled" title={t('auditLog.integrity.title')} mb="md" role="alert">
      {t('auditLog.integrity.body', {
        seq: broken.seq ?? '',
        at: broken.at ? formatDateTimeVi(broken.at) : '',
        what: t(`auditLog.integrity.kind.${broken.kind}`),
      })}
    </Alert>
  );
}
