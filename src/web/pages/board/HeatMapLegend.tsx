/** The key of the heat map: each of the four states with its colour, its symbol and its name. */
import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CELL_STATES, CELL_SYMBOL } from '../../components/status';

export function HeatMapLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="md" wrap="wrap" component="ul" className="hm-legend" aria-label={t('board.legend')}>
      {CELL_STATES.map((s) => (
        <li key={s}>
          <span className={`hm-swatch hm-${s}`} aria-hidden>
            {CELL_SYMBOL[s]}
          </span>
          {t(`cell.${s}`)}
        </li>
      ))}
    </Group>
  );
}
