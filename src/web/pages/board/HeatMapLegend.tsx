/** The key of the heat map: each state (four once verification is known) with its colour, its symbol and its name. */
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CELL_STATES, CELL_SYMBOL } from '../../components/status';

/** `knowsVerification`: the board says which met criteria rest on unverified values (else "met" is just met). */
export function HeatMapLegend({ knowsVerification }: { knowsVerification: boolean }) {
  const { t } = useTranslation();
  const states = knowsVerification ? CELL_STATES : CELL_STATES.filter((s) => s !== 'self' && s !== 'returned');
  return (
    <Group gap="md" wrap="wrap" component="ul" className="hm-legend" aria-label={t('board.legend')}>
      {states.map((s) => (
        <li key={s}>
          <span className={`hm-swatch hm-${s}`} aria-hidden>
            {CELL_SYMBOL[s]}
          </span>
          {s === 'met' && !knowsVerification ? t('status.criterion.met') : s === 'returned' ? t('trust.cellReturned') : t(`cell.${s}`)}
        </li>
      ))}
    </Group>
  );
}
