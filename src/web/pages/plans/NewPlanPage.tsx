/**
 * Lập kế hoạch mới (/ke-hoach/moi): a plan from nothing — year, issuing unit, legal bases from the
 * catalogue (standing ones ticked), objectives — saved as a draft; then the commune targets are set on
 * the board. The server's field errors are shown beside the fields, in the UI's language.
 */
import { Alert, Button, Card, Group, NumberInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { normalizeForSearch } from '../../../domain/text/vietnamese';
import { useSession } from '../../api/auth';
import { ApiError } from '../../api/client';
import { type NewPlanInput, useLegalBases, useStartPlan } from '../../api/plans-new';
import { useUnit, useUnits } from '../../api/units';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { BasesPicker } from './BasesPicker';
import { type DraftObjective, NewObjectives } from './NewObjectives';

const OFFICES = ['admin', 'district_office', 'province_office', 'commune_officer'];
const slug = (name: string) =>
  normalizeForSearch(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** "vi / en" server messages: the half in the UI's language. */
export const inLanguage = (message: string, lang: string) => {
  const [vi, en] = message.split(' / ');
  return lang === 'en' ? (en ?? vi ?? message) : (vi ?? message);
};

export default function NewPlanPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const user = useSession().data?.user;
  const [year, setYear] = useState<number | null>(new Date().getFullYear() + 1);
  const [unit, setUnit] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [codeTouched, setCodeTouched] = useState(false);
  const [title, setTitle] = useState('');
  const [picked, setPicked] = useState<string[] | null>(null);
  const [objectives, setObjectives] = useState<DraftObjective[]>([]);
  const start = useStartPlan();
  const asOf = year && year >= 2000 && year <= 2100 ? `${year}-01-01` : undefined;
  const districts = useUnits({ ...(asOf ? { asOf } : {}), kind: 'district' });
  const provinces = useUnits({ ...(asOf ? { asOf } : {}), kind: 'province' });
  // A commune's officer plans for the commune itself (since 1/7/2025 communes issue their own plans).
  const ownCommune = useUnit(user?.role === 'commune_officer' ? (user.unitCode ?? undefined) : undefined);
  const units = useMemo(() => {
    const commune = ownCommune.data?.kind === 'commune' ? [ownCommune.data] : [];
    const all = [...(provinces.data?.items ?? []), ...(districts.data?.items ?? []), ...commune];
    const mine = user?.role === 'admin' ? all : all.filter((u) => u.code === user?.unitCode || u.parentCode === user?.unitCode);
    return mine.map((u) => ({
      value: u.code,
      label: t(u.kind === 'province' ? 'newPlan.province' : u.kind === 'commune' ? 'lamDong.commune' : 'newPlan.district', {
        name: u.name,
      }),
      name: u.name,
    }));
  }, [districts.data, provinces.data, ownCommune.data, user, t]);
  const bases = useLegalBases(year, unit);

  // The user's own unit by default; the code follows unit and year until the user edits it.
  useEffect(() => {
    if (unit === null && units.length > 0) setUnit(units.find((u) => u.value === user?.unitCode)?.value ?? units[0]?.value ?? null);
  }, [units, unit, user]);
  useEffect(() => {
    const name = units.find((u) => u.value === unit)?.name;
    if (!codeTouched && name && year) setCode(`${slug(name)}-${year}`);
  }, [unit, year, units, codeTouched]);
  // A new unit or year: the standing bases that serve it are ticked again.
  useEffect(() => {
    if (bases.data) setPicked(bases.data.items.filter((b) => b.prefill).map((b) => b.id));
  }, [bases.data]);

  if (user && !OFFICES.includes(user.role)) return <Alert color="gray">{t('plans.targets.readOnly')}</Alert>;

  const issues = start.error instanceof ApiError ? start.error.issues : [];
  const errorAt = (path: string) => {
    const found = issues.find((i) => i.path === path || i.path === `body.${path}` || i.path.startsWith(`body.${path}.`));
    return found ? inLanguage(found.message, i18n.language) : undefined;
  };
  const submit = () => {
    const body: NewPlanInput = {
      year: year ?? Number.NaN,
      issuingUnitCode: unit ?? '',
      ...(code ? { code } : {}),
      ...(title.trim() ? { title: title.trim() } : {}),
      legalBasisIds: picked ?? [],
      objectives: objectives.map((o) =>
        o.kind === 'text'
          ? { kind: 'text', text: o.text }
          : o.kind === 'criteriaAdded'
            ? { kind: 'criteriaAdded', total: o.value ?? Number.NaN, ...(o.text.trim() ? { text: o.text } : {}) }
            : { kind: 'averageCriteria', atLeast: o.value ?? Number.NaN, ...(o.text.trim() ? { text: o.text } : {}) },
      ),
    };
    start.mutate(body, { onSuccess: (r) => void navigate(`/ke-hoach/${r.plan.code}?tab=targets`) });
  };

  return (
    <Stack gap="md" maw={900}>
      <Title order={1} size="h2">
        {t('newPlan.title')}
      </Title>
      <Text size="sm">{t('newPlan.hint')}</Text>
      <Card withBorder>
        <Stack gap="sm">
          <Group align="flex-start" grow wrap="wrap">
            <NumberInput
              label={t('newPlan.year')}
              value={year ?? ''}
              onChange={(v) => setYear(typeof v === 'number' ? v : null)}
              min={2000}
              max={2100}
              allowDecimal={false}
              thousandSeparator=""
              required
              error={errorAt('year')}
            />
            <Select
              label={t('newPlan.unit')}
              placeholder={t('newPlan.unitPlaceholder')}
              data={units}
              value={unit}
              onChange={setUnit}
              required
              error={errorAt('issuingUnitCode')}
            />
          </Group>
          <TextInput
            label={t('newPlan.code')}
            description={t('newPlan.codeHint')}
            value={code}
            onChange={(e) => {
              setCodeTouched(true);
              setCode(e.currentTarget.value.trim());
            }}
            error={errorAt('code')}
          />
          <TextInput
            label={t('newPlan.titleField')}
            description={t('newPlan.titleHint', { year: year ?? '' })}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errorAt('title')}
          />
        </Stack>
      </Card>
      <BasesPicker
        year={year}
        choices={bases.data?.items}
        error={bases.error}
        picked={picked ?? []}
        onChange={setPicked}
        issueAt={(i) => errorAt(`legalBasisIds.${i}`)}
      />
      <NewObjectives value={objectives} onChange={setObjectives} issueAt={(i) => errorAt(`objectives.${i}`)} />
      {start.isError && (issues.length > 0 ? <Alert color="red">{t('newPlan.fix')}</Alert> : <ApiErrorAlert error={start.error} />)}
      <Group justify="flex-end">
        <Button variant="default" onClick={() => void navigate('/ke-hoach')}>
          {t('newPlan.cancel')}
        </Button>
        <Button loading={start.isPending} onClick={submit}>
          {t('newPlan.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
