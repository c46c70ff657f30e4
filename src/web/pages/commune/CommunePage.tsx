/**
 * Trang xã (/xa/:code): each criterion → its indicators with value, requirement applied and why,
 * result, evidence, who entered and verified, and history. Opens at #tc-N when coming from the board.
 */
import { Accordion, Button, Group, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useSession } from '../../api/auth';
import { useEvaluation } from '../../api/evaluation';
import { useEvidence } from '../../api/evidence';
import type { Evidence } from '../../api/types';
import { useUnit } from '../../api/units';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { AsOfPicker } from '../../components/AsOfPicker';
import { DemoBanner } from '../../components/DemoBanner';
import { PageLoader } from '../../components/PageLoader';
import { UnitDateNotice } from '../../components/UnitDateNotice';
import { UnitPredecessors } from '../../components/UnitPredecessors';
import { useAsOf } from '../../lib/as-of';
import { canEditCommune } from '../../lib/roles';
import { DocumentMenu } from '../documents/DocumentMenu';
import { CommuneHeader } from './CommuneHeader';
import { CriterionSection } from './CriterionSection';
import { RecognitionSection } from './RecognitionSection';
import { SetPicker } from './SetPicker';
import { WorksSection } from './WorksSection';

export default function CommunePage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { hash } = useLocation();
  const unit = useUnit(code);
  const session = useSession();
  const { asOf, reason, setAsOf, context: dateCtx } = useAsOf(unit.data, !unit.isError);
  const [params, setParams] = useSearchParams();
  const chosenSet = params.get('bo') ?? undefined;
  const evaluation = useEvaluation(code, asOf, chosenSet);
  const setCode = evaluation.data?.evaluation.set.code;
  const evidence = useEvidence(code, setCode, asOf);
  const hashCriterion = /^#tc-(\d+)$/.exec(hash)?.[1];
  const [open, setOpen] = useState<string[]>(hashCriterion ? [hashCriterion] : []);

  const recorded = useMemo(() => new Map((evaluation.data?.recorded ?? []).map((r) => [r.indicatorCode, r])), [evaluation.data]);
  const evidenceBy = useMemo(() => {
    if (!evidence.data) return undefined;
    const m = new Map<string, Evidence[]>();
    for (const e of evidence.data.items) m.set(e.indicatorCode, [...(m.get(e.indicatorCode) ?? []), e]);
    return m;
  }, [evidence.data]);

  const loaded = !!evaluation.data;
  useEffect(() => {
    if (!loaded || !hashCriterion) return;
    setOpen((o) => (o.includes(hashCriterion) ? o : [...o, hashCriterion]));
    document.getElementById(`tc-${hashCriterion}`)?.scrollIntoView({ block: 'start' });
  }, [loaded, hashCriterion]);

  if (unit.isError) return <ApiErrorAlert error={unit.error} />;
  if (!unit.data) return <PageLoader />;
  const e = evaluation.data?.evaluation;
  const all = e?.criteria.map((c) => String(c.number)) ?? [];

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <CommuneHeader unit={unit.data} evaluation={e} asOf={asOf} />
        <Group align="flex-end">
          {session.data?.user.role !== 'department' && (
            <Button component={Link} to={`/xa/${code}/khao-sat`} variant="default">
              {t('survey.link')}
            </Button>
          )}
          {asOf && (
            <DocumentMenu
              unitCode={code}
              asOf={asOf}
              canImport={canEditCommune(session.data?.user, unit.data)}
              selfAssessment={e && unit.data.kind === 'commune' ? { tier: e.set.tier, tierName: e.set.tierName } : undefined}
            />
          )}
          <AsOfPicker value={asOf} onChange={setAsOf} min={unit.data.validFrom} max={unit.data.validTo} choices={dateCtx?.quickChoices} />
        </Group>
      </Group>
      <UnitDateNotice unit={unit.data} reason={reason} context={dateCtx} />
      <UnitPredecessors unit={unit.data} />
      {asOf && <RecognitionSection unitCode={code} asOf={asOf} />}
      {e && asOf && <WorksSection unitCode={code} asOf={asOf} setCode={e.set.code} criteria={e.criteria} />}
      {evaluation.isError && <ApiErrorAlert error={evaluation.error} onRetry={() => void evaluation.refetch()} />}
      {evaluation.isPending && <PageLoader />}
      {e && asOf && setCode && (
        <>
          <DemoBanner show={e.set.demo} values={evaluation.data?.demoValues} />
          <Group justify="space-between" wrap="wrap">
            <SetPicker
              value={setCode}
              onChange={(v) =>
                setParams(
                  (p) => {
                    const next = new URLSearchParams(p);
                    next.set('bo', v);
                    return next;
                  },
                  { replace: true },
                )
              }
            />
            <Button variant="subtle" size="compact-sm" onClick={() => setOpen(open.length === all.length ? [] : all)}>
              {open.length === all.length ? t('commune.collapseAll') : t('commune.expandAll')}
            </Button>
          </Group>
          {evidence.isError && (
            <Text size="sm" c="orange.9" role="status">
              {t('evidence.unavailable')}
            </Text>
          )}
          <Accordion multiple value={open} onChange={setOpen} variant="separated" chevronPosition="left">
            {e.criteria.map((c) => (
              <CriterionSection
                key={c.number}
                criterion={c}
                recorded={recorded}
                evidence={evidenceBy}
                unitCode={code}
                setCode={setCode}
                asOf={asOf}
              />
            ))}
          </Accordion>
        </>
      )}
    </Stack>
  );
}
