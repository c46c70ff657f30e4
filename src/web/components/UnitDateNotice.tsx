/** Explains why the as-of date is not today: the unit no longer exists (and who took over) or has not started. */
import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateVi } from '../../domain/text/vietnamese';
import type { Unit } from '../api/types';
import { useUnitHistory } from '../api/units';
import type { AsOfReason } from '../lib/as-of';

export function UnitDateNotice({ unit, reason }: { unit: Unit | undefined; reason: AsOfReason | undefined }) {
  const { t } = useTranslation();
  const history = useUnitHistory(reason === 'ended' ? unit?.code : undefined);
  if (!unit || (reason !== 'ended' && reason !== 'not_started')) return null;
  if (reason === 'not_started') {
    return (
      <Alert color="blue" mb="md">
        {t('asOf.notStarted', { name: unit.name, date: formatDateVi(unit.validFrom) })}
      </Alert>
    );
  }
  const successors = history.data?.successors ?? [];
  return (
    <Alert color="blue" mb="md" title={t('asOf.endedTitle')}>
      {t('asOf.ended', { name: unit.name, date: formatDateVi(unit.validTo ?? '') })}
      {successors.length > 0 && (
        <>
          {' '}
          {t('asOf.successors')}{' '}
          {successors.map((s, i) => (
            <span key={s.unit.code}>
              {i > 0 && ', '}
              <Anchor component={Link} fz="inherit" to={s.unit.kind === 'commune' ? `/xa/${s.unit.code}` : `/bang-tong-hop/${s.unit.code}`}>
                {s.unit.name}
              </Anchor>{' '}
              ({t('asOf.since', { date: formatDateVi(s.via.effectiveDate) })})
            </span>
          ))}
        </>
      )}
    </Alert>
  );
}
