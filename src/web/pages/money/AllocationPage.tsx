/**
 * Kế hoạch vốn (/von/:unit/:year): the plan of an area for a year — its status and decision, the lines
 * by source with totals (editable while a draft), submit and the leader's approve/return, and the live
 * rates. When no plan exists yet, a button creates the draft.
 */
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/auth';
import { useAllocation, usePlanAction } from '../../api/money';
import { useUnit } from '../../api/units';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { Adjustments } from './Adjustments';
import { PlanDecision, PlanStatus } from './PlanDecision';
import { PlanLines } from './PlanLines';
import { RatesPanel } from './RatesPanel';

export default function AllocationPage() {
  const { t } = useTranslation();
  const { unit: code = '', year: yearText = '' } = useParams();
  const year = Number(yearText);
  const unit = useUnit(code);
  const session = useSession();
  const role = session.data?.user.role;
  const plan = useAllocation(code, year);
  // Hiding only (the server enforces): the roles of allocations.write in src/policies/funding-policy.ts.
  const canWrite = role === 'admin' || role === 'district_office' || role === 'province_office' || role === 'commune_officer';
  const create = usePlanAction(code, year);
  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('money.title', { year, name: unit.data?.name ?? code })}
      </Title>
      <Group gap="md">
        <Anchor component={Link} to={`/von/${code}/${year}/giai-ngan`}>
          {t('money.toDisbursements')}
        </Anchor>
        <Anchor component={Link} to={`/tai-chinh/${code}?nam=${year}`}>
          {t('money.toBoard')}
        </Anchor>
      </Group>
      {plan.isError && <ApiErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />}
      {plan.isPending && <PageLoader />}
      {plan.data === null && (
        <Stack gap="xs" align="flex-start">
          <Text>{t('money.none', { year })}</Text>
          {create.isError && <ApiErrorAlert error={create.error} />}
          {canWrite && (
            <Button onClick={() => create.mutate({ kind: 'create' })} loading={create.isPending}>
              {t('money.create')}
            </Button>
          )}
        </Stack>
      )}
      {plan.data && (
        <>
          <PlanStatus plan={plan.data} />
          <PlanLines key={plan.data.id} plan={plan.data} code={code} validTo={unit.data?.validTo ?? null} canWrite={canWrite} />
          <Adjustments plan={plan.data} />
          <PlanDecision plan={plan.data} code={code} canApprove={role === 'leader' || role === 'admin'} canWrite={canWrite} />
          <RatesPanel code={code} year={year} />
        </>
      )}
    </Stack>
  );
}
