/**
 * The bar under the form: live result, unsaved changes or what was just saved, a note for this save,
 * save and discard. It sticks to the bottom of the screen, so it is where the result of a save is told;
 * on a phone only the result and the save button stick (two short lines), the note sits above it.
 */
import { Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommuneEvaluation } from '../../../domain/evaluation/evaluation.types';
import { TierBadge } from '../../components/StatusBadge';
import { usePhone } from '../../lib/phone';

interface Props {
  live: CommuneEvaluation | undefined;
  changed: number;
  invalid: number;
  /** How many values the last save wrote (null: nothing saved since the page opened or the last edit). */
  saved: number | null;
  note: string;
  onNote: (s: string) => void;
  onSave: () => void;
  onDiscard: () => void;
  saving: boolean;
}

export function SaveBar({ live, changed, invalid, saved, note, onNote, onSave, onDiscard, saving }: Props) {
  const { t } = useTranslation();
  const phone = usePhone();
  const size = phone ? 'sm' : 'md';
  const result = live && (
    <Group gap="xs" wrap="nowrap" aria-live="polite">
      <Text fw={700} size={size}>
        {t('entry.liveResult', { met: live.metCount, total: live.criteriaCount })}
      </Text>
      <TierBadge tier={live.tierReached} />
    </Group>
  );
  const justSaved = saved !== null && !changed;
  const state = (
    <Group gap="xs" wrap="wrap" style={{ flex: 1, minWidth: 0 }}>
      {justSaved && (
        <Text size="sm" c="teal.9" fw={600} role="status">
          {t('entry.saved', { n: saved })}
        </Text>
      )}
      {/* on a phone "saved" stands for "no changes", keeping the bar two lines high */}
      {!(phone && justSaved) && (
        <Text size="sm" c={changed ? 'orange.9' : 'dimmed'} aria-live="polite">
          {changed ? t('entry.unsaved', { n: changed }) : t('entry.noChanges')}
        </Text>
      )}
      {invalid > 0 && (
        <Text size="sm" c="red.8">
          {t('entry.invalidN', { n: invalid })}
        </Text>
      )}
    </Group>
  );
  const noteInput = (
    <TextInput
      aria-label={t('entry.note')}
      placeholder={t('entry.note')}
      value={note}
      onChange={(e) => onNote(e.currentTarget.value)}
      size="sm"
      w={{ base: '100%', xs: 220 }}
      style={phone ? { flex: 1 } : undefined}
    />
  );
  const discard = (
    <Button variant="default" onClick={onDiscard} disabled={!changed || saving}>
      {t('entry.discard')}
    </Button>
  );
  const save = (
    <Button onClick={onSave} disabled={!changed || invalid > 0} loading={saving}>
      {t('entry.save')}
    </Button>
  );

  if (phone) {
    return (
      <>
        <Group gap="xs" wrap="nowrap">
          {noteInput}
          {discard}
        </Group>
        <Paper withBorder shadow="md" px="sm" py={6} className="save-bar" data-testid="save-bar">
          <Stack gap={2}>
            {result}
            <Group gap="xs" wrap="nowrap" justify="space-between">
              {state}
              {save}
            </Group>
          </Stack>
        </Paper>
      </>
    );
  }
  return (
    <Paper withBorder shadow="md" p="sm" className="save-bar" data-testid="save-bar">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs" wrap="wrap">
          {result}
          {state}
        </Group>
        <Group gap="xs" wrap="wrap">
          {noteInput}
          {discard}
          {save}
        </Group>
      </Group>
    </Paper>
  );
}
