/**
 * Explains why the as-of date is not today: the unit no longer exists (the page then stands on its last
 * plan year or its last day, and names who took over), has not started, or no criteria set is in force
 * today. Successors are links only for those who may read them; others are told whom the data belongs to.
 */
import { Alert, Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateVi } from '../../domain/text/vietnamese';
import { useSession } from '../api/auth';
import type { DateContext } from '../api/date-context';
import type { Unit, User } from '../api/types';
import { type HistoryEntry, useUnitHistory } from '../api/units';
import type { AsOfReason } from '../lib/as-of';

const ENDED: readonly (AsOfReason | undefined)[] = ['ended', 'last_day', 'last_plan_year'];

/** The read scope the server grants (a unit's own people and the unit directly above it); admins read everything. */
export const mayRead = (user: User | undefined, unit: Pick<Unit, 'code' | 'parentCode'>) =>
  !!user && (user.role === 'admin' || user.unitCode === unit.code || (!!user.unitCode && user.unitCode === unit.parentCode));

interface Props {
  unit: Unit | undefined;
  reason: AsOfReason | undefined;
  context?: DateContext | undefined;
}

export function UnitDateNotice({ unit, reason, context }: Props) {
  const { t } = useTranslation();
  const history = useUnitHistory(ENDED.includes(reason) ? unit?.code : undefined);
  if (reason === 'no_set_today' && context) {
    return (
      <Alert color="blue" mb="md" title={t('dateCtx.title', { date: formatDateVi(context.asOf) })}>
        {t('dateCtx.noSetToday', { today: formatDateVi(context.today), year: context.planYear, date: formatDateVi(context.asOf) })}
      </Alert>
    );
  }
  if (!unit || (!ENDED.includes(reason) && reason !== 'not_started')) return null;
  if (reason === 'not_started') {
    return (
      <Alert color="blue" mb="md">
        {t('asOf.notStarted', { name: unit.name, date: formatDateVi(unit.validFrom) })}
      </Alert>
    );
  }
  const end = formatDateVi(unit.validTo ?? '');
  const text =
    reason === 'last_plan_year' && context
      ? t('dateCtx.lastPlanYear', { name: unit.name, end, year: context.planYear, date: formatDateVi(context.asOf) })
      : reason === 'last_day'
        ? t('dateCtx.lastDay', { name: unit.name, end })
        : t('asOf.ended', { name: unit.name, date: end });
  const successors = history.data?.successors ?? [];
  return (
    <Alert color="blue" mb="md" title={t('asOf.endedTitle')}>
      {text}
      {successors.length > 0 && (
        <>
          {' '}
          {t('asOf.successors')}{' '}
          {successors.map((s, i) => (
            <span key={s.unit.code}>
              {i > 0 && ', '}
              <Successor entry={s} />
            </span>
          ))}
        </>
      )}
    </Alert>
  );
}

function Successor({ entry: s }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  const since = `(${t('asOf.since', { date: formatDateVi(s.via.effectiveDate) })})`;
  if (!mayRead(user, s.unit)) {
    return (
      <>
        {s.unit.name} {since}. {t('dateCtx.successorNoAccess', { name: s.unit.name })}
      </>
    );
  }
  // No ?ngay=: the successor did not exist on this page's date; it opens on its own default.
  const to = s.unit.kind === 'commune' ? `/xa/${s.unit.code}` : `/bang-tong-hop/${s.unit.code}`;
  return (
    <>
      <Anchor component={Link} fz="inherit" to={to}>
        {s.unit.name}
      </Anchor>{' '}
      {since}
    </>
  );
}
