/**
 * The criterion page's works: how many works of the area serve this criterion (of the board's set),
 * their approved total and the value accepted so far on the page's date, in triệu đồng.
 */
import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatMillion } from '../../../domain/funding/money';
import { useWorks } from '../../api/works';
import { withAsOf } from '../../lib/as-of';

export function CriterionWorksSection({
  unitCode,
  asOf,
  setCode,
  number,
}: {
  unitCode: string;
  asOf: string;
  setCode: string;
  number: number;
}) {
  const { t } = useTranslation();
  const works = useWorks(unitCode, { asOf, criterion: number });
  const list = (works.data?.works ?? []).filter((w) => w.criteria.some((c) => c.setCode === setCode && c.criterionNumber === number));
  if (!works.data) return null;
  const approved = list.reduce((s, w) => s + (w.approvedTotal ?? 0), 0);
  const accepted = list.reduce((s, w) => s + w.acceptedTotal, 0);
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4" mb="sm">
        {t('works.criterionSection')}
      </Title>
      {list.length === 0 ? (
        <Text c="dimmed">{t('works.empty')}</Text>
      ) : (
        <Stack gap={4}>
          <Text>
            {t('works.criterionSummary', { count: list.length, approved: formatMillion(approved), accepted: formatMillion(accepted) })}
          </Text>
          {list.map((w) => (
            <Anchor key={w.id} component={Link} to={withAsOf(`/cong-trinh/chi-tiet/${w.id}`, asOf)}>
              {`${w.name} (${w.communes.map((c) => c.name).join(', ')})`}
            </Anchor>
          ))}
        </Stack>
      )}
    </Card>
  );
}
