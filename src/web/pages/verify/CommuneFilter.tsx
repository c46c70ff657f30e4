/**
 * The review queue narrowed to one commune (?xa=code), as a notice "values awaiting your review" links
 * it: the page keeps its date and shows which commune it is limited to, with a way back to all of them.
 */
import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useUnit } from '../../api/units';

export function useCommuneFilter() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const code = params.get('xa') ?? undefined;
  const unit = useUnit(code);
  const clear = () => {
    const next = new URLSearchParams(params);
    next.delete('xa');
    setParams(next, { replace: true });
  };
  const keep = (item: { unitCode: string }) => !code || item.unitCode === code;
  const banner = code ? (
    <Alert color="blue" variant="light" p="xs" data-testid="commune-filter">
      <Group justify="space-between" gap="xs">
        <Text size="sm">
          {t('notices.filteredCommune', { name: unit.data ? `${t(`unitKind.${unit.data.kind}`)} ${unit.data.name}` : '…' })}
        </Text>
        <Button size="compact-sm" variant="subtle" onClick={clear}>
          {t('notices.showAll')}
        </Button>
      </Group>
    </Alert>
  ) : null;
  return { code, keep, banner };
}
