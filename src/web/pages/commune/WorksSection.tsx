/**
 * The commune page's works: those serving a criterion the commune has not met on the page's date come
 * first (what the money is for), then the others — each with its kind, money in triệu đồng and progress.
 */
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMillion } from '../../../domain/funding/money';
import { useWorks, type Work } from '../../api/works';
import { withAsOf } from '../../lib/as-of';
import { dmy } from '../dossier/dossier-format';

interface Props {
  unitCode: string;
  asOf: string;
  setCode: string;
  criteria: readonly { number: number; status: string }[];
}

function WorkLine({ w, asOf }: { w: Work; asOf: string }) {
  const { t } = useTranslation();
  const progress = w.completedOn
    ? t('works.completed', { date: dmy(w.completedOn) })
    : w.startedOn
      ? t('works.started', { date: dmy(w.startedOn) })
      : t('works.notStarted');
  return (
    <div>
      <Anchor component={Link} to={withAsOf(`/cong-trinh/chi-tiet/${w.id}`, asOf)}>
        {w.name}
      </Anchor>
      <Text size="sm">
        {`${w.kindName} · ${t('works.approvedTotal')}: ${w.approvedTotal === null ? '—' : formatMillion(w.approvedTotal)} · ${t('works.accepted')}: ${formatMillion(w.acceptedTotal)} · ${progress}`}
      </Text>
      <Group gap={4}>
        {w.late && (
          <Badge color="orange" variant="light">
            {t('works.late')}
          </Badge>
        )}
        {w.overBudget && (
          <Badge color="red" variant="light">
            {t('works.overBudget')}
          </Badge>
        )}
      </Group>
    </div>
  );
}

export function WorksSection({ unitCode, asOf, setCode, criteria }: Props) {
  const { t } = useTranslation();
  const works = useWorks(unitCode, { asOf });
  const list = works.data?.works ?? [];
  if (list.length === 0) return null;
  const unmet = new Set(criteria.filter((c) => c.status !== 'met').map((c) => c.number));
  const servesUnmet = (w: Work) => w.criteria.some((c) => c.setCode === setCode && unmet.has(c.criterionNumber));
  const first = list.filter(servesUnmet);
  const rest = list.filter((w) => !servesUnmet(w));
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="sm">
        {t('works.sectionTitle')}
      </Title>
      <Stack gap="sm">
        {first.length > 0 && <Text fw={600}>{t('works.forUnmet')}</Text>}
        {first.map((w) => (
          <WorkLine key={w.id} w={w} asOf={asOf} />
        ))}
        {rest.length > 0 && first.length > 0 && <Text fw={600}>{t('works.others')}</Text>}
        {rest.map((w) => (
          <WorkLine key={w.id} w={w} asOf={asOf} />
        ))}
        <Anchor component={Link} to={withAsOf(`/cong-trinh/${unitCode}`, asOf)}>
          {t('works.allLink')}
        </Anchor>
      </Stack>
    </Card>
  );
}
