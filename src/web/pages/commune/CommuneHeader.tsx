/**
 * Title block of a commune page: name, district, the commune's classification on the date (region,
 * commune group, ĐBKK … as the set names them), result, tier and actions.
 */
import { Badge, Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/auth';
import type { Evaluation, Unit } from '../../api/types';
import { useUnit } from '../../api/units';
import { TierBadge } from '../../components/StatusBadge';
import { withAsOf } from '../../lib/as-of';
import { canEditCommune } from '../../lib/roles';

export function CommuneHeader({ unit, evaluation, asOf }: { unit: Unit; evaluation: Evaluation | undefined; asOf: string | undefined }) {
  const { t, i18n } = useTranslation();
  const user = useSession().data?.user;
  const parent = useUnit(unit.parentCode);
  return (
    <div>
      <Title order={1} size="h2">
        {t('commune.title', { name: unit.name })}
      </Title>
      <Group gap="xs" wrap="wrap" mt={4}>
        {parent.data && <Text size="sm">{parent.data.name}</Text>}
        {evaluation?.profile.classifications.map((d) =>
          !d.multiple && d.values.length > 0 ? (
            <Text key={d.dimension} size="sm" c="dimmed">
              · {t('classify.value', { dimension: d.name, value: d.values[0]?.name })}
            </Text>
          ) : (
            d.values.map((v) => (
              <Badge key={`${d.dimension}|${v.code}`} variant="outline" tt="none">
                {v.name}
              </Badge>
            ))
          ),
        )}
      </Group>
      {evaluation && (
        <Group gap="sm" mt="sm" wrap="wrap">
          <Text fw={700} size="lg">
            {t('commune.metOf', { met: evaluation.metCount, total: evaluation.criteriaCount })}
          </Text>
          {/* Today's evaluation ("đủ tiêu chí"), never "đạt chuẩn": that is the recognition below. */}
          <TierBadge
            tier={evaluation.tierReached}
            name={
              evaluation.tierReached
                ? t('recognition.evaluatedAs', { name: evaluation.set.tierName.toLocaleLowerCase(i18n.language === 'en' ? 'en' : 'vi') })
                : undefined
            }
          />
          {evaluation.outdatedCount > 0 && (
            <Badge color="yellow" variant="light" tt="none" data-testid="outdated-count">
              {t('dates.outdatedCount', { n: evaluation.outdatedCount })}
            </Badge>
          )}
        </Group>
      )}
      <Group gap="xs" mt="sm" wrap="wrap">
        {canEditCommune(user, unit) && (
          <Button component={Link} to={withAsOf(`/xa/${unit.code}/nhap-lieu`, asOf)} size="sm">
            {t('commune.enter')}
          </Button>
        )}
        <Button component={Link} to={`/xa/${unit.code}/nhat-ky`} variant="light" size="sm">
          {t('commune.audit')}
        </Button>
        <Button component={Link} to={withAsOf(`/cong-khai/${unit.code}`, asOf)} variant="subtle" size="sm">
          {t('commune.publicPage')}
        </Button>
        {unit.parentCode && user?.role !== 'commune_officer' && (
          <Button component={Link} to={withAsOf(`/bang-tong-hop/${unit.parentCode}`, asOf)} variant="subtle" size="sm">
            {t('commune.backToBoard')}
          </Button>
        )}
      </Group>
    </div>
  );
}
