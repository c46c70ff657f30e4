/**
 * Someone saved the same indicator since it was opened (409): shows my value and the current one,
 * who saved it and when, and lets the user keep theirs (resend against the new version) or take the current.
 */
import { Button, Group, Modal, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorValue, StoredValue } from '../../api/types';
import { useFormat } from '../../lib/format';

export interface Conflict {
  code: string;
  name: string;
  unit: string | undefined;
  mine: IndicatorValue | null;
  current: StoredValue;
}

interface Props {
  conflict: Conflict | null;
  onKeepMine: (c: Conflict) => void;
  onTakeTheirs: (c: Conflict) => void;
  onClose: () => void;
}

export function ConflictDialog({ conflict, onKeepMine, onTakeTheirs, onClose }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    <Modal opened={!!conflict} onClose={onClose} title={t('conflict.title')} size="lg" centered>
      {conflict && (
        <>
          <Text size="sm" mb="sm">
            {t('conflict.body', { code: conflict.code, name: conflict.name })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Paper withBorder p="sm">
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('conflict.mine')}
              </Text>
              <Text fw={700} size="lg">
                {fmt.value(conflict.mine, conflict.unit)}
              </Text>
            </Paper>
            <Paper withBorder p="sm">
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('conflict.current')}
              </Text>
              <Text fw={700} size="lg">
                {fmt.value(conflict.current.value, conflict.unit)}
              </Text>
              <Text size="xs">
                {t('commune.enteredBy', {
                  who: conflict.current.enteredByName ?? t('commune.someone'),
                  at: fmt.dateTime(conflict.current.enteredAt),
                  version: conflict.current.version,
                })}
              </Text>
            </Paper>
          </SimpleGrid>
          <Group justify="flex-end" mt="md" wrap="wrap">
            <Button variant="default" onClick={() => onTakeTheirs(conflict)}>
              {t('conflict.takeTheirs')}
            </Button>
            <Button onClick={() => onKeepMine(conflict)}>{t('conflict.keepMine')}</Button>
          </Group>
        </>
      )}
    </Modal>
  );
}
