/**
 * The self-assessment's table: one bold row per criterion (its result), then one row per indicator with
 * the threshold that applies, the value, the result and the evidence. Same borders and type sizes as
 * docx-table's data tables; kept apart because its rows are of two kinds.
 */
import { BorderStyle, Table, TableCell, TableRow, VerticalAlign, WidthType } from 'docx';
import { para, TEXT_WIDTH } from '../docx-format.js';
import type { CriterionLine } from './inputs.js';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

const COLUMNS = [
  { header: 'TT', width: 0.07, align: 'center' },
  { header: 'Tiêu chí, chỉ tiêu', width: 0.29, align: 'left' },
  { header: 'Chỉ tiêu theo quy định', width: 0.15, align: 'center' },
  { header: 'Kết quả thực hiện', width: 0.13, align: 'center' },
  { header: 'Đánh giá', width: 0.12, align: 'center' },
  { header: 'Hồ sơ minh chứng', width: 0.24, align: 'left' },
] as const;
const WIDTHS = COLUMNS.map((c) => Math.floor(TEXT_WIDTH * c.width));
const SIZE = 11;

function row(values: readonly string[], bold: boolean, header = false) {
  return new TableRow({
    tableHeader: header,
    cantSplit: true,
    children: COLUMNS.map(
      (c, i) =>
        new TableCell({
          width: { size: WIDTHS[i] as number, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          margins: { left: 60, right: 60, top: 30, bottom: 30 },
          children: (values[i] ?? '')
            .split('\n')
            .map((line) => para(line, { size: SIZE, bold, align: header ? 'center' : c.align, after: 0 })),
        }),
    ),
  });
}

/** "—" stands for "nothing recorded" in a cell, so an empty cell is never mistaken for a lost value. */
const orDash = (s: string | null) => (s === null || s.trim() === '' ? '—' : s);

export function criteriaTable(criteria: readonly CriterionLine[]): Table {
  const rows = criteria.flatMap((c) => [
    row([c.code, `Tiêu chí số ${c.code}: ${c.name}`, '', '', c.resultLabel, ''], true),
    ...c.indicators.map((i) =>
      row(
        [i.code, i.name, orDash(i.threshold), orDash(i.value), i.resultLabel, i.evidence.length > 0 ? i.evidence.join('\n') : 'Chưa có'],
        false,
      ),
    ),
  ]);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: WIDTHS,
    borders: BORDERS,
    rows: [
      row(
        COLUMNS.map((c) => c.header),
        true,
        true,
      ),
      ...rows,
    ],
  });
}
