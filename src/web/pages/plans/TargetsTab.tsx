/**
 * Commune targets edited on the board itself: communes × criteria, green where met at the start of the
 * year, framed where the commune commits to it; a click adds or removes a commitment (drafts only, by
 * the office). The consistency findings beside it are recomputed by the server after every change.
 */
import { Alert, Grid, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type CommuneTarget, type PlanView, useFindings, useSetTarget } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { useFormat } from '../../lib/format';
import { FindingsPanel } from './FindingsPanel';
import { TargetRow } from './TargetRow';
import './targets.css';

export function TargetsTab({ view }: { view: PlanView }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const findings = useFindings(view.plan.code);
  const setTarget = useSetTarget(view.plan.code);
  const editable = view.permissions.edit;
  const targets = new Map(view.plan.communeTargets.map((x) => [x.unitCode, x]));

  const save = (unitCode: string, next: Omit<CommuneTarget, 'unitCode' | 'name'> | null) =>
    setTarget.mutate({ unitCode, expectedVersion: view.version, target: next });

  if (findings.isError) return <ApiErrorAlert error={findings.error} onRetry={() => void findings.refetch()} />;
  if (!findings.data) return <PageLoader />;
  const { baseline, criterionNumbers, baselineDate } = findings.data;
  return (
    <Grid gutter="md">
      <Grid.Col span={{ base: 12, xl: 8 }}>
        <Stack gap="xs">
          <Text size="sm">{t('plans.targets.help', { date: fmt.date(baselineDate) })}</Text>
          {!editable && (
            <Alert color="gray" p="xs">
              {t('plans.targets.readOnly')}
            </Alert>
          )}
          {setTarget.isError && <ApiErrorAlert error={setTarget.error} />}
          <Group gap="md" aria-hidden>
            <span className="target-cell target-met legend">✓</span>
            <Text size="xs">{t('plans.targets.legendMet')}</Text>
            <span className="target-cell target-committed legend">●</span>
            <Text size="xs">{t('plans.targets.legendCommitted')}</Text>
            <span className="target-cell legend" />
            <Text size="xs">{t('plans.targets.legendOpen')}</Text>
          </Group>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that scrolls sideways must take focus, so keyboard users can scroll it with the arrow keys (WCAG 2.1.1) */}
          <section className="targets-scroll" aria-busy={setTarget.isPending} aria-label={t('plans.tabs.targets')} tabIndex={0}>
            <table className="targets-table" aria-label={t('plans.tabs.targets')}>
              <thead>
                <tr>
                  <th scope="col">{t('plans.targets.commune')}</th>
                  {criterionNumbers.map((n) => (
                    <th key={n} scope="col" className="num">
                      {n}
                    </th>
                  ))}
                  <th scope="col">{t('plans.targets.atStart')}</th>
                  <th scope="col">{t('plans.targets.committed')}</th>
                  <th scope="col">{t('plans.targets.after')}</th>
                  <th scope="col">{t('plans.targets.reach')}</th>
                  <th scope="col">{t('plans.targets.maintain')}</th>
                  <th scope="col">{t('plans.targets.tier')}</th>
                </tr>
              </thead>
              <tbody>
                {baseline.map((c) => (
                  <TargetRow
                    key={c.unitCode}
                    commune={c}
                    numbers={criterionNumbers}
                    target={targets.get(c.unitCode)}
                    editable={editable && !setTarget.isPending}
                    onChange={(next) => save(c.unitCode, next)}
                  />
                ))}
              </tbody>
            </table>
          </section>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 4 }}>
        <FindingsPanel findings={findings.data.findings} baselineDate={baselineDate} refreshing={findings.isFetching} />
      </Grid.Col>
    </Grid>
  );
}
