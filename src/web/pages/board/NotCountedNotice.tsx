/**
 * What a board leaves out: communes under another criteria set on the date (e.g. QĐ 318 and QĐ 51
 * side by side), or under none. Their criteria differ, so they are never mixed into the columns;
 * the user can switch the board to the other set.
 */
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../api/types';
import { useFormat } from '../../lib/format';

interface Props {
  board: Board;
  /** The set named in the address (`bo`), if any. */
  chosen: string | undefined;
  onChoose: (setCode: string | undefined) => void;
}

export function NotCountedNotice({ board, chosen, onChoose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { otherSets, noSet } = board.notCounted;
  if (otherSets.length === 0 && noSet === 0 && !chosen) return null;
  return (
    <Alert color="yellow" variant="light" title={t('sets.countsTitle', { name: board.set.name })} role="status">
      <Stack gap={4}>
        {otherSets.map((o) => (
          <Group key={o.setCode} gap="xs" wrap="wrap">
            <Text size="sm">{t('sets.otherSet', { count: o.communes, n: fmt.number(o.communes), name: o.name })}</Text>
            <Button size="compact-xs" variant="light" onClick={() => onChoose(o.setCode)}>
              {t('sets.showSet')}
            </Button>
          </Group>
        ))}
        {noSet > 0 && <Text size="sm">{t('sets.noSet', { count: noSet, n: fmt.number(noSet) })}</Text>}
        {chosen && (
          <Group gap="xs" wrap="wrap">
            <Text size="sm">{t('sets.chosen')}</Text>
            <Button size="compact-xs" variant="subtle" onClick={() => onChoose(undefined)}>
              {t('sets.backToInForce')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
