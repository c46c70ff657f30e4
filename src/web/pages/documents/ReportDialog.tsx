/** Choosing the period of a periodic report: month, quarter, six months or year, and which one. */
import { Button, Group, Modal, NumberInput, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Period = 'month' | 'quarter' | 'half' | 'year';
const MAX: Record<Period, number> = { month: 12, quarter: 4, half: 2, year: 1 };

interface Props {
  opened: boolean;
  year: number;
  onClose: () => void;
  onCreate: (query: { period: Period; year: number; index: number; number?: string }) => void;
}

export function ReportDialog({ opened, year: initialYear, onClose, onCreate }: Props) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>('quarter');
  const [year, setYear] = useState(initialYear);
  const [index, setIndex] = useState(1);
  const [number, setNumber] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title={t('documents.report.title')} centered>
      <Stack>
        <SegmentedControl
          aria-label={t('documents.report.period')}
          value={period}
          onChange={(v) => {
            setPeriod(v as Period);
            setIndex(1);
          }}
          data={(['month', 'quarter', 'half', 'year'] as const).map((p) => ({ value: p, label: t(`documents.report.${p}`) }))}
        />
        <Group grow>
          <NumberInput
            label={t('documents.report.yearLabel')}
            value={year}
            min={2000}
            max={2100}
            onChange={(v) => setYear(Number(v) || year)}
          />
          {period !== 'year' && (
            <NumberInput
              label={t('documents.report.index')}
              value={index}
              min={1}
              max={MAX[period]}
              onChange={(v) => setIndex(Math.min(MAX[period], Math.max(1, Number(v) || 1)))}
            />
          )}
        </Group>
        <TextInput label={t('documents.report.number')} value={number} maxLength={20} onChange={(e) => setNumber(e.currentTarget.value)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => onCreate({ period, year, index, ...(number ? { number } : {}) })}>{t('documents.report.download')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
