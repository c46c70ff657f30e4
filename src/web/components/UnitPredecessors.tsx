/**
 * Where a merged unit came from: "formed on 01/07/2025 from Nâm Nung, Nâm N'Đir", each a link to that unit's
 * own pages (they open on its own default date — the end of its last plan year), so that the people of the
 * new commune find the history their successor read access lets them see.
 */
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateVi } from '../../domain/text/vietnamese';
import type { Unit } from '../api/types';
import { useUnitHistory } from '../api/units';

export function UnitPredecessors({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const history = useUnitHistory(unit.code);
  const predecessors = history.data?.predecessors ?? [];
  const first = predecessors[0];
  if (!first) return null;
  return (
    <Text size="sm" mb="md" data-testid="predecessors">
      {t('lamDong.formedFrom', { date: formatDateVi(first.via.effectiveDate) })}{' '}
      {predecessors.map((p, i) => (
        <span key={p.unit.code}>
          {i > 0 && ', '}
          <Anchor component={Link} fz="inherit" to={p.unit.kind === 'commune' ? `/xa/${p.unit.code}` : `/bang-tong-hop/${p.unit.code}`}>
            {p.unit.name}
          </Anchor>
          {p.unit.kind === 'town' && ` (${t('lamDong.town')})`}
        </span>
      ))}
      . {t('lamDong.historyHint')}
    </Text>
  );
}
