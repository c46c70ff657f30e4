/**
 * Bordered data tables for official documents: a bold, repeated header row, 12–13 pt text, column
 * widths given as fractions of the writing width, numbers centred. Used by the plan's per-commune
 * target table, its task table and every table of the periodic reports.
 */
import { BorderStyle, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { para, TEXT_WIDTH } from './docx-format.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

export interface Column {
  header: string;
  /** Share of the writing width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

export type CellText = string | number | null;

const text = (v: CellText) => (v === null ? '' : typeof v === 'number' ? new Intl.NumberFormat('vi-VN').format(v) : v);

export function dataTable(columns: readonly Column[], rows: readonly (readonly CellText[])[], size = 12): Table {
  const widths = columns.map((c) => Math.floor(TEXT_WIDTH * c.width));
  const mk = (values: readonly CellText[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: columns.map(
        (c, i) =>
          new TableCell({
            width: { size: widths[i] as number, type: WidthType.DXA },
            verticalAlign: VerticalAlign.CENTER,
            margins: { left: 60, right: 60, top: 30, bottom: 30 },
            children: text(values[i] ?? null)
              .split('\n')
              .map((line) => para(line, { size, bold: header, align: header ? 'center' : (c.align ?? 'left'), after: 0 })),
          }),
      ),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: [
      mk(
        columns.map((c) => c.header),
        true,
      ),
      ...rows.map((r) => mk(r, false)),
    ],
  });
}
