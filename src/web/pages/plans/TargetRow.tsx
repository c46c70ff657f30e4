/** One commune on the targets board: a button per criterion (toggle a commitment), counts, and the reach-the-standard flag. */
import { Checkbox, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommuneTarget } from '../../api/plans';

type TargetInput = Omit<CommuneTarget, 'unitCode' | 'name'>;

interface Props {
  commune: { unitCode: string; name: string; met: number[]; recognised: boolean };
  numbers: number[];
  target: CommuneTarget | undefined;
  editable: boolean;
  onChange: (next: TargetInput | null) => void;
}

const base = (t: CommuneTarget | undefined): TargetInput => ({
  criteria: t?.criteria ?? [],
  reachStandard: t?.reachStandard ?? false,
  maintain: t?.maintain ?? false,
  tierTarget: t?.tierTarget ?? null,
  ...(t?.note ? { note: t.note } : {}),
});

export function TargetRow({ commune, numbers, target, editable, onChange }: Props) {
  const { t } = useTranslation();
  const met = new Set(commune.met);
  const committed = new Set(target?.criteria ?? []);
  const after = new Set([...met, ...committed].filter((n) => numbers.includes(n))).size;
  const toggle = (n: number) => {
    const criteria = committed.has(n) ? [...committed].filter((x) => x !== n) : [...committed, n].sort((a, b) => a - b);
    onChange({ ...base(target), criteria });
  };
  return (
    <tr>
      <th scope="row">{commune.name}</th>
      {numbers.map((n) => {
        const isMet = met.has(n);
        const isCommitted = committed.has(n);
        const state = isMet && isCommitted ? 'stateMetCommitted' : isCommitted ? 'stateCommitted' : isMet ? 'stateMet' : 'stateOpen';
        return (
          <td key={n} className="num">
            <button
              type="button"
              className={`target-cell${isMet ? ' target-met' : ''}${isCommitted ? ' target-committed' : ''}`}
              aria-pressed={isCommitted}
              disabled={!editable}
              aria-label={t('plans.targets.cell', { n, name: commune.name, state: t(`plans.targets.${state}`) })}
              title={t('plans.targets.cell', { n, name: commune.name, state: t(`plans.targets.${state}`) })}
              onClick={() => toggle(n)}
              data-cell={`${commune.unitCode}-${n}`}
            >
              {isCommitted ? '●' : isMet ? '✓' : ''}
            </button>
          </td>
        );
      })}
      <td className="num">{met.size}</td>
      <td className="num">{committed.size}</td>
      <td className="num strong">{after}</td>
      <td className="num">
        <Checkbox
          aria-label={`${t('plans.targets.reach')}: ${commune.name}`}
          checked={target?.reachStandard ?? false}
          disabled={!editable || commune.recognised}
          onChange={(e) => onChange({ ...base(target), reachStandard: e.currentTarget.checked })}
        />
      </td>
      <td className="num">
        <Checkbox
          aria-label={`${t('plans.targets.maintain')}: ${commune.name}`}
          checked={target?.maintain ?? false}
          disabled={!editable || !commune.recognised}
          onChange={(e) => onChange({ ...base(target), maintain: e.currentTarget.checked })}
        />
      </td>
      <td>
        <NativeSelect
          size="xs"
          aria-label={`${t('plans.targets.tier')}: ${commune.name}`}
          disabled={!editable}
          value={target?.tierTarget ? `${target.tierTarget.tier}:${target.tierTarget.reach ? 'reach' : 'work'}` : ''}
          data={[
            { value: '', label: '–' },
            { value: 'advanced:work', label: t('plans.targets.tierAdvancedWork') },
            { value: 'advanced:reach', label: t('plans.targets.tierAdvancedReach') },
            { value: 'model:work', label: t('plans.targets.tierModelWork') },
            { value: 'model:reach', label: t('plans.targets.tierModelReach') },
          ]}
          onChange={(e) => {
            const [tier, how] = e.currentTarget.value.split(':');
            const tierTarget =
              tier === 'advanced' || tier === 'model'
                ? { tier: tier as 'advanced' | 'model', reach: how === 'reach', criteria: target?.tierTarget?.criteria ?? [] }
                : null;
            onChange({ ...base(target), tierTarget });
          }}
        />
      </td>
    </tr>
  );
}
