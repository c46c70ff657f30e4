/** The key of the heat map: each state (four once verification is known) with its colour, its symbol and its name. */
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CELL_STATES, CELL_SYMBOL } from '../../components/status';

/**
 * `knowsVerification`: the board says which met criteria rest on unverified values (else "met" is just met);
 * `outdatedYear`: the board's year when some criteria rest only on earlier values ("chưa cập nhật").
 */
export function HeatMapLegend({ knowsVerification, outdatedYear }: { knowsVerification: boolean; outdatedYear?: string | null }) {
  const { t } = useTranslation();
  const states = CELL_STATES.filter(
    (s) => (knowsVerification || (s !== 'self' && s !== 'returned')) && (s !== 'outdated' || !!outdatedYear),
  );
  return (
    <Group gap="md" wrap="wrap" component="ul" className="hm-legend" aria-label={t('board.legend')}>
      {states.map((s) => (
        <li key={s}>
          <span className={`hm-swatch hm-${s}`} aria-hidden>
            {CELL_SYMBOL[s]}
          </span>
          {s === 'met' && !knowsVerification
            ? t('status.criterion.met')
            : s === 'returned'
              ? t('trust.cellReturned')
              : s === 'outdated'
                ? t('dates.legendOutdated', { year: outdatedYear })
                : t(`cell.${s}`)}
        </li>
      ))}
    </Group>
  );
}
