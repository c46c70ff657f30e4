/** The earlier values of one indicator (expand on demand): date, value, who and when, version. */
import { Button, Collapse, List, Loader, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useValueHistory } from '../../api/evaluation';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useFormat } from '../../lib/format';

interface Props {
  unitCode: string;
  indicator: string;
  setCode: string;
  unit?: string | undefined;
}

export function ValueHistory({ unitCode, indicator, setCode, unit }: Props) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [open, setOpen] = useState(false);
  const history = useValueHistory(unitCode, indicator, setCode, open);
  const id = `history-${indicator}`;
  return (
    <div>
      <Button variant="subtle" size="compact-xs" aria-expanded={open} aria-controls={id} onClick={() => setOpen((o) => !o)}>
        {open ? t('commune.hideHistory') : t('commune.showHistory')}
      </Button>
      <Collapse in={open} id={id}>
        {history.isPending && open && <Loader size="xs" aria-label={t('common.loading')} />}
        {history.isError && <ApiErrorAlert error={history.error} />}
        {history.data && history.data.items.length === 0 && (
          <Text size="xs" c="dimmed">
            {t('commune.noHistory')}
          </Text>
        )}
        {history.data && history.data.items.length > 0 && (
          <List size="xs" spacing={2}>
            {history.data.items.map((h) => (
              <List.Item key={`${h.asOf}-${h.version}`}>
                {h.loadedBySystem
                  ? t('dates.historyLoaded', { date: fmt.date(h.asOf), value: fmt.value(h.value, unit), version: h.version })
                  : t('commune.historyItem', {
                      date: fmt.date(h.asOf),
                      value: fmt.value(h.value, unit),
                      who: h.enteredByName ?? t('commune.someone'),
                      at: fmt.dateTime(h.enteredAt),
                      version: h.version,
                    })}
              </List.Item>
            ))}
          </List>
        )}
      </Collapse>
    </div>
  );
}
