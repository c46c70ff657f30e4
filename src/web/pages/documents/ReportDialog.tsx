/**
 * Choosing the period of a periodic report (month, quarter, six months or year, and which one) and the
 * issue date it bears, typed dd/mm/yyyy: by default the period's last day, never the day it is made.
 */
import { Button, Group, Modal, NumberInput, SegmentedControl, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateVi, parseDate } from '../../../domain/text/vietnamese';

type Period = 'month' | 'quarter' | 'half' | 'year';
const MAX: Record<Period, number> = { month: 12, quarter: 4, half: 2, year: 1 };
const LAST_MONTH: Record<Period, (index: number) => number> = {
  month: (i) => i,
  quarter: (i) => i * 3,
  half: (i) => i * 6,
  year: () => 12,
};

/** The period's last day, ISO ("2022-06-30" for the second quarter of 2022). */
export function periodEnd(period: Period, year: number, index: number): string {
  return new Date(Date.UTC(year, LAST_MONTH[period](index), 0)).toISOString().slice(0, 10);
}

interface Props {
  opened: boolean;
  year: number;
  onClose: () => void;
  onCreate: (query: { period: Period; year: number; index: number; number?: string; issuedOn: string }) => void;
}

export function ReportDialog({ opened, year: initialYear, onClose, onCreate }: Props) {
  const { t } = useTranslation();
  const [period, setPeriod] = useState<Period>('quarter');
  const [year, setYear] = useState(initialYear);
  const [index, setIndex] = useState(1);
  const [number, setNumber] = useState('');
  // The typed issue date; empty means the period's last day.
  const [issued, setIssued] = useState('');
  const end = periodEnd(period, year, period === 'year' ? 1 : index);
  const issuedOn = issued.trim() === '' ? end : parseDate(issued);
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
        <TextInput
          label={t('documents.report.issuedOn')}
          description={t('documents.report.issuedOnHint', { date: formatDateVi(end) })}
          placeholder={formatDateVi(end)}
          value={issued}
          error={issuedOn ? null : t('documents.report.issuedOnInvalid')}
          onChange={(e) => setIssued(e.currentTarget.value)}
          data-testid="report-issued-on"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!issuedOn}
            onClick={() => issuedOn && onCreate({ period, year, index, issuedOn, ...(number ? { number } : {}) })}
          >
            {t('documents.report.download')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
