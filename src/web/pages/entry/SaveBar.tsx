/** The bar under the form: live result, unsaved changes, a note for this save, save and discard. */
import { Button, Group, Paper, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommuneEvaluation } from '../../../domain/evaluation/evaluation.types';
import { TierBadge } from '../../components/StatusBadge';

interface Props {
  live: CommuneEvaluation | undefined;
  changed: number;
  invalid: number;
  note: string;
  onNote: (s: string) => void;
  onSave: () => void;
  onDiscard: () => void;
  saving: boolean;
}

export function SaveBar({ live, changed, invalid, note, onNote, onSave, onDiscard, saving }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder shadow="md" p="sm" className="save-bar">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="wrap" aria-live="polite">
          {live && (
            <>
              <Text fw={700}>{t('entry.liveResult', { met: live.metCount, total: live.criteriaCount })}</Text>
              <TierBadge tier={live.tierReached} />
            </>
          )}
          <Text size="sm" c={changed ? 'orange.9' : 'dimmed'}>
            {changed ? t('entry.unsaved', { n: changed }) : t('entry.noChanges')}
          </Text>
          {invalid > 0 && (
            <Text size="sm" c="red.8">
              {t('entry.invalidN', { n: invalid })}
            </Text>
          )}
        </Group>
        <Group gap="xs" wrap="wrap">
          <TextInput
            aria-label={t('entry.note')}
            placeholder={t('entry.note')}
            value={note}
            onChange={(e) => onNote(e.currentTarget.value)}
            size="sm"
            w={{ base: '100%', xs: 220 }}
          />
          <Button variant="default" onClick={onDiscard} disabled={!changed || saving}>
            {t('entry.discard')}
          </Button>
          <Button onClick={onSave} disabled={!changed || invalid > 0} loading={saving}>
            {t('entry.save')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}
