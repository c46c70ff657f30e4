/**
 * Column model of the heat map for TanStack Table: the commune name, one column per criterion,
 * criteria met and tier. Sorting is manual (see board-sort.ts) so only the rows in view become table rows.
 */
import { type ColumnDef, createColumnHelper } from '@tanstack/react-table';
import type { BoardRow } from '../../api/types';

const col = createColumnHelper<BoardRow>();

export function heatMapColumns(criteria: { number: number; name: string }[]): ColumnDef<BoardRow, unknown>[] {
  return [
    col.accessor('name', { id: 'name', sortDescFirst: false }),
    ...criteria.map((c, i) => col.accessor((r) => r.criteria[i], { id: `c${c.number}`, enableSorting: false })),
    col.accessor('metCount', { id: 'metCount', sortDescFirst: true }),
    col.accessor((r) => r.tier ?? '', { id: 'tier', sortDescFirst: true }),
  ] as ColumnDef<BoardRow, unknown>[];
}
