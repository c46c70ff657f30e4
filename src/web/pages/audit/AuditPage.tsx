/** Nhật ký (/xa/:code/nhat-ky): every change to the commune's data — who, when, what, before → after — filterable by indicator. */
import { Anchor, Group, Select, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useAudit } from '../../api/audit';
import { useCriteriaSet } from '../../api/criteria-sets';
import { useDateContext } from '../../api/date-context';
import { useEvaluation } from '../../api/evaluation';
import { useUnit } from '../../api/units';
import { AuditEntryList } from './AuditEntryList';

export default function AuditPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const indicator = params.get('chi-tieu') ?? undefined;
  const unit = useUnit(code);
  // Only to name the indicators of the filter: the set in force on the commune's shared reporting date.
  const dateCtx = useDateContext(code || undefined);
  const evaluation = useEvaluation(code, dateCtx.data?.asOf);
  const set = useCriteriaSet(evaluation.data?.evaluation.set.code);
  const audit = useAudit(code, indicator);
  const options = (set.data?.criteria ?? []).flatMap((c) =>
    c.indicators.map((i) => ({ value: i.code, label: `${i.code} — ${i.name.length > 60 ? `${i.name.slice(0, 60)}…` : i.name}` })),
  );

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('audit.title', { name: unit.data?.name ?? '' })}
        </Title>
        <Anchor component={Link} to={`/xa/${code}`} size="sm">
          {t('entry.backToCommune')}
        </Anchor>
      </div>
      <Group>
        <Select
          label={t('audit.filter')}
          placeholder={t('audit.allIndicators')}
          data={options}
          value={indicator ?? null}
          searchable
          clearable
          onChange={(v) =>
            setParams(
              (p) => {
                const next = new URLSearchParams(p);
                if (v) next.set('chi-tieu', v);
                else next.delete('chi-tieu');
                return next;
              },
              { replace: true },
            )
          }
          w={{ base: '100%', sm: 420 }}
        />
      </Group>
      <AuditEntryList query={audit} empty={t('audit.empty')} />
    </Stack>
  );
}
