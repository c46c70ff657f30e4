/**
 * Nhật ký (/nhat-ky?don-vi=…): the changes in a whole district or province, filtered by commune,
 * criterion, person, kind and period, newest first, a page at a time; and, in its own tab, the
 * sign-ins (the offices see their area's, everyone else their own).
 */
import { Select, Stack, Tabs, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useAreaAudit, useChildren, useMySignIns, useSecurityAudit } from '../../api/audit';
import { useSession } from '../../api/auth';
import { useCriteriaSet } from '../../api/criteria-sets';
import { useDateContext } from '../../api/date-context';
import { useEvaluation } from '../../api/evaluation';
import { useUnit, useUnits } from '../../api/units';
import { canReadAudit, canSeeSecurityLog } from '../../lib/roles';
import { AuditEntryList } from './AuditEntryList';
import { AuditFilters, type FilterKey } from './AuditFilters';

const collator = new Intl.Collator('vi');

export default function AreaAuditPage() {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  const [params, setParams] = useSearchParams();
  const isAdmin = user?.role === 'admin';
  // the administrator picks any province or district existing today (since 1/7/2025 there may be no district)
  const districts = useUnits({ kind: 'district' }, isAdmin);
  const provinces = useUnits({ kind: 'province' }, isAdmin);
  const areaItems = [...(districts.data?.items ?? []), ...(provinces.data?.items ?? [])];
  const unitCode = params.get('don-vi') ?? user?.unitCode ?? areaItems[0]?.code;
  const unit = useUnit(unitCode);
  // The communes listed and the set naming the criteria: those of the area's shared reporting date.
  const dateCtx = useDateContext(unitCode);
  const asOf = unit.data ? (dateCtx.data?.asOf ?? '') : '';
  const children = useChildren(unit.data && unit.data.kind !== 'commune' ? unitCode : undefined, asOf);
  const communeCodes = children.data?.items.map((c) => c.code) ?? (unitCode ? [unitCode] : []);
  const evaluation = useEvaluation(children.data?.items.find((c) => c.kind === 'commune')?.code ?? unitCode, asOf || undefined);
  const set = useCriteriaSet(evaluation.data?.evaluation.set.code);
  // The Front (no audit.read) sees only its own sign-ins.
  const readsChanges = canReadAudit(user);
  const tab = params.get('tab') === 'dang-nhap' || !readsChanges ? 'security' : 'changes';
  const get = (k: FilterKey) => params.get(k) ?? undefined;
  const setParam = (k: string, v: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (v) next.set(k, v);
        else next.delete(k);
        return next;
      },
      { replace: true },
    );
  const filter = { commune: get('xa'), criterion: get('tieu-chi'), user: get('nguoi'), kind: get('loai'), from: get('tu'), to: get('den') };
  const changes = useAreaAudit(unitCode, filter, tab === 'changes' && readsChanges);
  const officeLog = canSeeSecurityLog(user);
  const security = useSecurityAudit(unitCode, { from: filter.from, to: filter.to }, tab === 'security' && officeLog);
  const mine = useMySignIns(tab === 'security' && !officeLog);

  const people = useMemo(() => {
    const seen = new Map<string, string>();
    for (const p of changes.data?.pages ?? []) for (const e of p.items) if (e.actorName) seen.set(e.actorId, e.actorName);
    return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => collator.compare(a.label, b.label));
  }, [changes.data]);
  const communes = (children.data?.items ?? [])
    .filter((c) => communeCodes.includes(c.code))
    .map((c) => ({ value: c.code, label: c.name }))
    .sort((a, b) => collator.compare(a.label, b.label));
  const criteria = (set.data?.criteria ?? []).map((c) => ({ value: String(c.number), label: `${c.number}. ${c.name}` }));

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('auditLog.areaTitle', { name: unit.data?.name ?? '' })}
      </Title>
      {isAdmin && (
        <Select
          label={t('auditLog.unit')}
          data={areaItems.map((u) => ({ value: u.code, label: u.name }))}
          value={unitCode ?? null}
          onChange={(v) => setParam('don-vi', v)}
          searchable
          w={{ base: '100%', sm: 360 }}
        />
      )}
      <Tabs value={tab} onChange={(v) => setParam('tab', v === 'security' ? 'dang-nhap' : null)} keepMounted={false}>
        <Tabs.List>
          {readsChanges && <Tabs.Tab value="changes">{t('auditLog.tabs.changes')}</Tabs.Tab>}
          <Tabs.Tab value="security">{t('auditLog.tabs.security')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="changes" pt="md">
          <Stack gap="md">
            <AuditFilters
              get={get}
              set={setParam}
              clear={() => setParams(params.get('don-vi') ? { 'don-vi': params.get('don-vi') as string } : {}, { replace: true })}
              communes={communes}
              criteria={criteria}
              people={people}
              showChanges
            />
            <AuditEntryList query={changes} empty={t('auditLog.empty')} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="security" pt="md">
          <Stack gap="md">
            {officeLog ? (
              <>
                <AuditFilters
                  get={get}
                  set={setParam}
                  clear={() => setParams({ tab: 'dang-nhap' }, { replace: true })}
                  communes={[]}
                  criteria={[]}
                  people={[]}
                  showChanges={false}
                />
                <AuditEntryList query={security} empty={t('auditLog.emptySecurity')} />
              </>
            ) : (
              <>
                <Title order={2} size="h4">
                  {t('auditLog.mineTitle')}
                </Title>
                <AuditEntryList query={mine} empty={t('auditLog.emptySecurity')} />
              </>
            )}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
