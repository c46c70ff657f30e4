/**
 * Editing a draft's objectives: each kind with its own fields (total to add, average and over which
 * communes, communes reaching the standard, the stated distribution, minimum gain, an indicator target,
 * free text). Saved together with the plan's version; the findings are recomputed from what is saved.
 */
import { ActionIcon, Button, Card, Group, MultiSelect, NumberInput, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objective } from '../../../domain/plan/plan-objective.schema';
import { useCriteriaSet } from '../../api/criteria-sets';
import { type PlanView, useUpdatePlan } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { DateField } from './DateField';

type Kind = Objective['kind'];
const KINDS: Kind[] = ['criteriaAdded', 'averageCriteria', 'communesReachingStandard', 'distribution', 'minimumGain', 'indicator', 'text'];

/** A new objective; a distribution starts at "every criterion of the plan's set" (19 in QĐ 318, 10 in QĐ 51). */
function blank(kind: Kind, id: string, criteriaCount: number): Objective {
  const common = { id, text: '' };
  switch (kind) {
    case 'criteriaAdded':
      return { ...common, kind, total: 0 };
    case 'averageCriteria':
      return { ...common, kind, atLeast: 1, scope: null };
    case 'communesReachingStandard':
      return { ...common, kind, count: 0, unitCodes: [] };
    case 'distribution':
      return { ...common, kind, buckets: [{ criteria: criteriaCount, communes: 1 }], scope: null };
    case 'minimumGain':
      return { ...common, kind, atLeast: 1, upTo: null };
    case 'indicator':
      return { ...common, kind, indicatorCode: '', comparator: 'atLeast', value: 0, dueDate: null };
    default:
      return { ...common, kind: 'text' };
  }
}

const num = (v: string | number, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

export function ObjectivesEditor({ view, onDone }: { view: PlanView; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const update = useUpdatePlan(view.plan.code);
  const criteriaCount = useCriteriaSet(view.plan.criteriaSetCode).data?.criteria.length;
  const [items, setItems] = useState<Objective[]>(view.plan.objectives);
  const [adding, setAdding] = useState<Kind | null>(null);
  const decimal = i18n.language === 'en' ? '.' : ',';
  const communes = view.plan.communeTargets.map((c) => ({ value: c.unitCode, label: c.name }));
  const set = (i: number, o: Objective) => setItems(items.map((x, j) => (j === i ? o : x)));
  const scopeSelect = (o: Extract<Objective, { scope: unknown }>, i: number) => (
    <Select
      label={t('plans.objectives.scope')}
      data={[
        { value: 'all', label: t('plans.objectives.scopeAll') },
        { value: 'notRecognised', label: t('plans.objectives.scopeNotRecognised') },
        { value: 'none', label: t('plans.objectives.scopeNone') },
      ]}
      value={o.scope ?? 'none'}
      onChange={(v) => set(i, { ...o, scope: v === 'all' || v === 'notRecognised' ? v : null })}
      allowDeselect={false}
      w={240}
    />
  );
  const fields = (o: Objective, i: number) => {
    switch (o.kind) {
      case 'criteriaAdded':
        return (
          <NumberInput
            label={t('plans.objectives.total')}
            value={o.total}
            min={0}
            allowDecimal={false}
            onChange={(v) => set(i, { ...o, total: num(v, 0) })}
            w={200}
          />
        );
      case 'averageCriteria':
        return (
          <Group>
            <NumberInput
              label={t('plans.objectives.atLeast')}
              value={o.atLeast}
              min={0}
              decimalScale={2}
              decimalSeparator={decimal}
              onChange={(v) => set(i, { ...o, atLeast: num(v, 0) })}
              w={160}
            />
            {scopeSelect(o, i)}
          </Group>
        );
      case 'communesReachingStandard':
        return (
          <Group align="flex-end">
            <NumberInput
              label={t('plans.objectives.count')}
              value={o.count}
              min={0}
              allowDecimal={false}
              onChange={(v) => set(i, { ...o, count: num(v, 0) })}
              w={140}
            />
            <MultiSelect
              label={t('plans.objectives.communes')}
              data={communes}
              value={o.unitCodes}
              onChange={(v) => set(i, { ...o, unitCodes: v })}
              w={360}
            />
          </Group>
        );
      case 'distribution':
        return (
          <Stack gap={4}>
            {o.buckets.map((b, k) => (
              <Group key={`${b.criteria}-${k}`} gap="xs" align="flex-end">
                <NumberInput
                  label={t('plans.objectives.communesCount')}
                  value={b.communes}
                  min={1}
                  allowDecimal={false}
                  w={120}
                  onChange={(v) => set(i, { ...o, buckets: o.buckets.map((x, m) => (m === k ? { ...x, communes: num(v, 1) } : x)) })}
                />
                <NumberInput
                  label={t('plans.objectives.criteriaCount')}
                  value={b.criteria}
                  min={0}
                  allowDecimal={false}
                  w={120}
                  onChange={(v) => set(i, { ...o, buckets: o.buckets.map((x, m) => (m === k ? { ...x, criteria: num(v, 0) } : x)) })}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('plans.objectives.remove')}
                  onClick={() => set(i, { ...o, buckets: o.buckets.filter((_, m) => m !== k) })}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Group>
              <Button size="xs" variant="subtle" onClick={() => set(i, { ...o, buckets: [...o.buckets, { criteria: 0, communes: 1 }] })}>
                {t('plans.objectives.addBucket')}
              </Button>
              {scopeSelect(o, i)}
            </Group>
          </Stack>
        );
      case 'minimumGain':
        return (
          <Group>
            <NumberInput
              label={t('plans.objectives.atLeast')}
              value={o.atLeast}
              min={1}
              allowDecimal={false}
              onChange={(v) => set(i, { ...o, atLeast: num(v, 1) })}
              w={140}
            />
            <NumberInput
              label={t('plans.objectives.upTo')}
              value={o.upTo ?? ''}
              min={1}
              allowDecimal={false}
              onChange={(v) => set(i, { ...o, upTo: typeof v === 'number' ? v : null })}
              w={140}
            />
          </Group>
        );
      case 'indicator':
        return (
          <Group align="flex-end">
            <TextInput
              label={t('plans.objectives.indicator')}
              value={o.indicatorCode}
              onChange={(e) => set(i, { ...o, indicatorCode: e.currentTarget.value.trim() })}
              w={120}
            />
            <Select
              label={t('plans.objectives.comparator')}
              data={[
                { value: 'atLeast', label: '≥' },
                { value: 'atMost', label: '≤' },
              ]}
              value={o.comparator}
              onChange={(v) => set(i, { ...o, comparator: v === 'atMost' ? 'atMost' : 'atLeast' })}
              allowDeselect={false}
              w={90}
            />
            <NumberInput
              label={t('plans.objectives.value')}
              value={o.value}
              decimalScale={2}
              decimalSeparator={decimal}
              onChange={(v) => set(i, { ...o, value: num(v, 0) })}
              w={140}
            />
            <DateField label={t('plans.objectives.dueDate')} value={o.dueDate} onChange={(d) => set(i, { ...o, dueDate: d })} />
          </Group>
        );
      default:
        return null;
    }
  };
  return (
    <Stack gap="sm">
      {items.map((o, i) => (
        <Card key={o.id} withBorder padding="sm" data-objective={o.id}>
          <Group justify="space-between">
            <Text size="sm" fw={700}>
              {o.id} · {t(`plans.objectives.kind.${o.kind}`)}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={`${t('plans.objectives.remove')} ${o.id}`}
              onClick={() => setItems(items.filter((_, j) => j !== i))}
            >
              ×
            </ActionIcon>
          </Group>
          <Textarea
            label={t('plans.objectives.text')}
            value={o.text}
            onChange={(e) => set(i, { ...o, text: e.currentTarget.value })}
            autosize
            required
          />
          {fields(o, i)}
        </Card>
      ))}
      <Group align="flex-end">
        <Select
          label={t('plans.objectives.add')}
          data={KINDS.map((k) => ({ value: k, label: t(`plans.objectives.kind.${k}`) }))}
          value={adding}
          onChange={(v) => setAdding(v as Kind | null)}
          w={320}
        />
        <Button
          variant="light"
          disabled={!adding || !criteriaCount}
          onClick={() => adding && criteriaCount && setItems([...items, blank(adding, nextId(items), criteriaCount)])}
        >
          {t('plans.objectives.addButton')}
        </Button>
      </Group>
      {update.isError && <ApiErrorAlert error={update.error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onDone}>
          {t('plans.doc.cancel')}
        </Button>
        <Button
          loading={update.isPending}
          onClick={() => update.mutate({ expectedVersion: view.version, parts: { objectives: items } }, { onSuccess: onDone })}
        >
          {t('plans.doc.save')}
        </Button>
      </Group>
    </Stack>
  );
}

/** "M1", "M2" …: the first free id for a new objective. */
function nextId(items: readonly Objective[]): string {
  const used = new Set(items.map((o) => o.id));
  let n = 1;
  while (used.has(`M${n}`)) n++;
  return `M${n}`;
}
