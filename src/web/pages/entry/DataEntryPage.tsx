/**
 * Nhập liệu (/xa/:code/nhap-lieu): criterion by criterion, an input per indicator by kind, checked
 * as typed; the engine re-evaluates in the browser so each criterion's status is live; evidence per
 * indicator (a file or a photo from the phone's camera); save with expected versions and a dialog for
 * conflicting edits; the save bar at the bottom tells what was saved.
 */
import { Alert, Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/auth';
import { useCriteriaSet } from '../../api/criteria-sets';
import { useEvaluation } from '../../api/evaluation';
import { useEvidence } from '../../api/evidence';
import { useUnit } from '../../api/units';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AsOfPicker } from '../../components/AsOfPicker';
import { DemoBanner } from '../../components/DemoBanner';
import { PageLoader } from '../../components/PageLoader';
import { UnitDateNotice } from '../../components/UnitDateNotice';
import { useAsOf, withAsOf } from '../../lib/as-of';
import { canEditCommune } from '../../lib/roles';
import { ConflictDialog } from './ConflictDialog';
import { CriterionNav } from './CriterionNav';
import { IndicatorEntryCard } from './IndicatorEntryCard';
import { LeaveGuard } from './LeaveGuard';
import { SaveBar } from './SaveBar';
import { useEntry } from './use-entry';
import { useSaveFlow } from './use-save-flow';

export default function DataEntryPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const user = useSession().data?.user;
  const unit = useUnit(code);
  const { asOf, reason, setAsOf, context: dateCtx } = useAsOf(unit.data, !unit.isError);
  const evaluation = useEvaluation(code, asOf);
  const setCode = evaluation.data?.evaluation.set.code;
  const set = useCriteriaSet(setCode);
  const evidence = useEvidence(code, setCode, asOf);
  const entry = useEntry(set.data, evaluation.data, asOf);
  const flow = useSaveFlow(code, set.data, asOf, entry);
  const [current, setCurrent] = useState<number | null>(null);

  // edits belong to one as-of date; a new date starts clean
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset only when the date changes
  useEffect(() => {
    entry.reset();
    flow.clearSaved();
  }, [asOf]);
  // a failed save is told at the top of the form: bring it into view (the save bar is at the bottom)
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (flow.error) errorRef.current?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [flow.error]);

  const changedBy = useMemo(() => new Set(entry.changed.map(([c]) => c)), [entry.changed]);
  const criteria = set.data?.criteria ?? [];
  const selected = criteria.find((c) => c.number === current) ?? criteria[0];
  const liveBy = new Map(entry.live?.indicators.map((i) => [i.code, i]));

  if (unit.isError) return <ApiErrorAlert error={unit.error} />;
  if (!unit.data) return <PageLoader />;
  if (!canEditCommune(user, unit.data)) return <Alert color="orange">{t('entry.forbidden', { name: unit.data.name })}</Alert>;
  const error = evaluation.error ?? set.error;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('entry.title', { name: unit.data.name })}
          </Title>
          <Button component={Link} to={withAsOf(`/xa/${code}`, asOf)} variant="subtle" size="compact-sm" px={0}>
            {t('entry.backToCommune')}
          </Button>
        </div>
        <AsOfPicker value={asOf} onChange={setAsOf} min={unit.data.validFrom} max={unit.data.validTo} choices={dateCtx?.quickChoices} />
      </Group>
      <UnitDateNotice unit={unit.data} reason={reason} context={dateCtx} />
      {error && <ApiErrorAlert error={error} />}
      <DemoBanner show={set.data?.demo} />
      <div ref={errorRef}>{flow.error && <ApiErrorAlert error={flow.error} title={t('entry.saveFailed')} />}</div>
      {evidence.isError && (
        <Text size="sm" c="orange.9">
          {t('evidence.unavailable')}
        </Text>
      )}
      {(!set.data || !evaluation.data) && !error && <PageLoader />}
      {selected && asOf && setCode && (
        <Grid gutter="md">
          <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
            <CriterionNav
              criteria={criteria.map((c, i) => ({
                number: c.number,
                name: c.name,
                status: entry.live?.criteria[i]?.status,
                changed: c.indicators.filter((ind) => changedBy.has(ind.code)).length,
              }))}
              value={selected.number}
              onChange={setCurrent}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
            <Stack gap="sm" component="section" aria-labelledby="entry-criterion">
              <Title order={2} size="h4" id="entry-criterion">
                {selected.number}. {selected.name}
              </Title>
              {selected.indicators.map((ind) => (
                <IndicatorEntryCard
                  key={ind.code}
                  ind={ind}
                  result={liveBy.get(ind.code)}
                  recorded={entry.recorded.get(ind.code)}
                  edit={entry.edits[ind.code]}
                  onEdit={(e) => entry.setEdit(ind.code, e)}
                  evidence={evidence.data?.items.filter((e) => e.indicatorCode === ind.code)}
                  unitCode={code}
                  setCode={setCode}
                  asOf={asOf}
                />
              ))}
              <Group justify="space-between">
                <Button
                  variant="default"
                  disabled={criteria[0] === selected}
                  onClick={() => setCurrent(criteria[criteria.indexOf(selected) - 1]?.number ?? null)}
                >
                  {t('entry.previous')}
                </Button>
                <Button
                  variant="default"
                  disabled={criteria.at(-1) === selected}
                  onClick={() => setCurrent(criteria[criteria.indexOf(selected) + 1]?.number ?? null)}
                >
                  {t('entry.next')}
                </Button>
              </Group>
            </Stack>
          </Grid.Col>
        </Grid>
      )}
      <SaveBar
        live={entry.live}
        changed={entry.changed.length}
        invalid={entry.invalid.length}
        saved={flow.saved}
        note={flow.note}
        onNote={flow.setNote}
        onSave={() => flow.send()}
        onDiscard={entry.reset}
        saving={flow.save.isPending}
      />
      <ConflictDialog conflict={flow.conflict} onKeepMine={flow.keepMine} onTakeTheirs={flow.takeTheirs} onClose={flow.closeConflict} />
      <LeaveGuard when={entry.changed.length > 0 && !flow.save.isPending} />
    </Stack>
  );
}
