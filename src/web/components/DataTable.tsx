/**
 * A plain sortable table on TanStack Table for lists of modest size (audit trail, users, review
 * queue, criterion view): header buttons sort, the first column can stay put while scrolling sideways,
 * or (`stackOnPhone`) each row becomes a card of labelled fields on a phone, so nothing scrolls sideways.
 */
import { Table, Text } from '@mantine/core';
import { type ColumnDef, flexRender, getCoreRowModel, getSortedRowModel, type SortingState, useReactTable } from '@tanstack/react-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './data-table.css';

interface Props<T> {
  data: T[];
  columns: ColumnDef<T, unknown>[];
  label: string;
  stickyFirst?: boolean;
  /** On a phone, show each row as a card (every cell labelled by its column) instead of a wide table. */
  stackOnPhone?: boolean;
  initialSort?: SortingState;
  empty?: string;
  rowKey?: (row: T, index: number) => string;
}

export function DataTable<T>({ data, columns, label, stickyFirst, stackOnPhone, initialSort = [], empty, rowKey }: Props<T>) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>(initialSort);
  const table = useReactTable({
    data,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    ...(rowKey ? { getRowId: rowKey } : {}),
  });
  if (data.length === 0) return <Text c="dimmed">{empty ?? t('table.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table
        striped
        highlightOnHover
        withTableBorder
        aria-label={label}
        className={[stickyFirst && 'dt-sticky', stackOnPhone && 'dt-stack'].filter(Boolean).join(' ') || undefined}
      >
        <Table.Thead>
          {table.getHeaderGroups().map((hg) => (
            <Table.Tr key={hg.id}>
              {hg.headers.map((h) => {
                const dir = h.column.getIsSorted();
                const content = flexRender(h.column.columnDef.header, h.getContext());
                return (
                  <Table.Th key={h.id} aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}>
                    {h.column.getCanSort() ? (
                      <button type="button" className="sort-button" onClick={h.column.getToggleSortingHandler()}>
                        {content}
                        <span aria-hidden>{dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ' ↕'}</span>
                      </button>
                    ) : (
                      content
                    )}
                  </Table.Th>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {table.getRowModel().rows.map((row) => (
            <Table.Tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <Table.Td key={cell.id} data-label={headerText(cell.column.columnDef.header)}>
                  {stackOnPhone ? (
                    <div>{flexRender(cell.column.columnDef.cell, cell.getContext())}</div>
                  ) : (
                    flexRender(cell.column.columnDef.cell, cell.getContext())
                  )}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** A column's header as plain text (the label of its cell on a phone card), when it is text. */
function headerText(header: unknown): string | undefined {
  return typeof header === 'string' ? header : undefined;
}
