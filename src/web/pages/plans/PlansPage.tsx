/** Kế hoạch (/ke-hoach): the plans the user may read, newest year first, with their status (a card per plan on a phone); offices start a new one. */
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/auth';
import { usePlans } from '../../api/plans';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import '../../components/data-table.css';
import { statusColor } from './plan-labels';

/** Who may start a plan: the offices, and a commune's officer for the commune's own plan. */
const OFFICES: string[] = ['admin', 'district_office', 'province_office', 'commune_officer'];

export default function PlansPage() {
  const { t } = useTranslation();
  const plans = usePlans();
  const role = useSession().data?.user.role;
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('plans.title')}
        </Title>
        {role && OFFICES.includes(role) && (
          <Button component={Link} to="/ke-hoach/moi">
            {t('newPlan.button')}
          </Button>
        )}
      </Group>
      {plans.isError && <ApiErrorAlert error={plans.error} onRetry={() => void plans.refetch()} />}
      {plans.isPending && !plans.isError && <PageLoader />}
      {plans.data && plans.data.items.length === 0 && <Text c="dimmed">{t('plans.empty')}</Text>}
      {plans.data && plans.data.items.length > 0 && (
        <Table.ScrollContainer minWidth={320}>
          <Table striped highlightOnHover aria-label={t('plans.title')} className="dt-stack">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.year')}</Table.Th>
                <Table.Th>{t('plans.doc.titleField')}</Table.Th>
                <Table.Th>{t('plans.issuer')}</Table.Th>
                <Table.Th>{t('plans.statusLabel')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.data.items.map((p) => (
                <Table.Tr key={p.code}>
                  <Table.Td data-label={t('plans.year')}>
                    <div>{p.year}</div>
                  </Table.Td>
                  <Table.Td data-label={t('plans.doc.titleField')}>
                    <div>
                      <Anchor component={Link} to={`/ke-hoach/${p.code}`}>
                        {p.title}
                      </Anchor>
                    </div>
                  </Table.Td>
                  <Table.Td data-label={t('plans.issuer')}>
                    <div>{p.authority}</div>
                  </Table.Td>
                  <Table.Td data-label={t('plans.statusLabel')}>
                    <div>
                      <Badge color={statusColor[p.status]} variant="light">
                        {t(`plans.status.${p.status}`)}
                      </Badge>
                    </div>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
