/**
 * The layout of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I) as reusable
 * docx blocks: A4 with the decree's margins, Times New Roman 13–14 pt, the two-column heading (issuing
 * body with its number and symbol; national name and motto with their rules; place and date in italics),
 * the title, and the signature block beside "Nơi nhận". Plans and reports share them so they look alike.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  type ISectionOptions,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { type DocumentNumber, documentNumberVi, type IssueDate, placeAndDateVi, type Signer } from '../domain/plan/plan-document.schema.js';
import { textWidthMm } from './font-metrics.js';

/** Millimetres to twentieths of a point (twips), the unit of docx page geometry. */
export const mm = (n: number) => Math.round((n * 1440) / 25.4);
/** Points to half-points, the unit of docx font sizes. */
export const pt = (n: number) => n * 2;

export const FONT = 'Times New Roman';
/** Body text: 14 pt (the decree allows 13–14). */
export const BODY_PT = 14;
/** A4 portrait, and the decree's margins: top 20, bottom 20, left 30, right 15 mm. */
export const PAGE = { width: mm(210), height: mm(297), margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } };
/** The writing width between the margins, in twips. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
export const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };
const LINE = { style: BorderStyle.SINGLE, size: 6, color: '000000' } as const;

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

export const run = (text: string, s: RunStyle = {}) =>
  new TextRun({ text, font: FONT, size: pt(s.size ?? BODY_PT), bold: s.bold ?? false, italics: s.italics ?? false });

export interface ParaOptions extends RunStyle {
  align?: 'left' | 'center' | 'right' | 'both';
  /** First-line indent in mm (body paragraphs: 10 mm). */
  indent?: number;
  before?: number;
  after?: number;
  keepNext?: boolean;
  /** A rule under the paragraph, narrowed by this many mm on each side. */
  ruleInset?: number;
}

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED };

export function para(content: string | ParagraphChild[], o: ParaOptions = {}) {
  const children = typeof content === 'string' ? [run(content, o)] : content;
  return new Paragraph({
    children,
    alignment: ALIGN[o.align ?? 'both'],
    spacing: { before: pt(o.before ?? 0) * 10, after: pt(o.after ?? 6) * 10, line: 276 },
    ...(o.indent ? { indent: { firstLine: mm(o.indent) } } : {}),
    ...(o.keepNext ? { keepNext: true } : {}),
    ...(o.ruleInset !== undefined
      ? { border: { bottom: { ...LINE, space: 1 } }, indent: { left: mm(o.ruleInset), right: mm(o.ruleInset) } }
      : {}),
  });
}

/** A body paragraph: justified, 10 mm first-line indent. */
export const body = (text: string | ParagraphChild[], o: ParaOptions = {}) => para(text, { indent: 10, ...o });

/** Left and right padding of the heading's cells, in twips (Word's default, written out so every reader uses it). */
const CELL_PADDING = 108;

const cell = (children: Paragraph[], widthTwips: number) =>
  new TableCell({
    children,
    width: { size: widthTwips, type: WidthType.DXA },
    margins: { left: CELL_PADDING, right: CELL_PADDING },
    borders: NO_BORDERS,
    verticalAlign: VerticalAlign.TOP,
  });

export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const MOTTO_PT = 13;

/** The inset (mm, each side) that makes a centred rule in a cell of `cellTwips` as long as the motto line. */
export function mottoRuleInset(cellTwips: number): number {
  const innerMm = ((cellTwips - 2 * CELL_PADDING) * 25.4) / 1440;
  return (innerMm - textWidthMm(MOTTO, MOTTO_PT, 'bold')) / 2;
}

/** "ỦY BAN NHÂN DÂN" / "HUYỆN KRÔNG NÔ": the issuing authority as the heading prints it, upper case. */
export function authorityLines(authority: string): string[] {
  const upper = authority.toLocaleUpperCase('vi');
  const m = /^(ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|BAN CHỈ ĐẠO|ỦY BAN MTTQ VIỆT NAM|ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM)\s+(.+)$/u.exec(upper);
  return m ? [m[1] as string, m[2] as string] : [upper];
}

export interface HeadingInput {
  authority: string;
  number: DocumentNumber;
  place: string;
  date: Pick<IssueDate, 'year' | 'month' | 'day'>;
  /** The body above the issuer (cơ quan chủ quản), printed upright above it; absent for a UBND. */
  parent?: string | null | undefined;
}

/** The two-column heading: issuing body and number on the left; national name, motto, place and date on the right. */
export function heading(h: HeadingInput): Table {
  const left = Math.round(TEXT_WIDTH * 0.38);
  const right = TEXT_WIDTH - left;
  const lines = authorityLines(h.authority);
  const leftCol = [
    ...(h.parent ? [para(h.parent.toLocaleUpperCase('vi'), { size: 13, align: 'center', after: 0 })] : []),
    ...lines.map((l) => para(l, { bold: true, size: 13, align: 'center', after: 0 })),
    para('', { size: 6, align: 'center', after: 4, ruleInset: 18 }),
    para(documentNumberVi(h.number), { size: 13, align: 'center', after: 0 }),
  ];
  const rightCol = [
    para('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12, align: 'center', after: 0 }),
    para(MOTTO, { bold: true, size: MOTTO_PT, align: 'center', after: 0 }),
    // The rule under the motto is as long as the motto line (Nghị định 30, Phụ lục I).
    para('', { size: 4, align: 'center', after: 0, ruleInset: mottoRuleInset(right) }),
    para(placeAndDateVi(h.place, h.date), { italics: true, size: 14, align: 'center', before: 6, after: 0 }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(leftCol, left), cell(rightCol, right)] })],
  });
}

/** "KẾ HOẠCH" and the summary (trích yếu) beneath it, with a short rule. */
export const title = (kind: string, summary: string) => [
  para(kind.toLocaleUpperCase('vi'), { bold: true, size: 14, align: 'center', before: 18, after: 0 }),
  para(summary, { bold: true, size: 14, align: 'center', after: 0 }),
  para('', { size: 4, align: 'center', after: 12, ruleInset: 60 }),
];

/** The signature block (right) beside "Nơi nhận" (left); the last recipient line ends with a full stop. */
export function signatureBlock(signer: Signer | null, recipients: readonly string[]): Table {
  const left = Math.round(TEXT_WIDTH * 0.48);
  const right = TEXT_WIDTH - left;
  const rec = [
    para('Nơi nhận:', { bold: true, italics: true, size: 12, align: 'left', after: 0 }),
    ...recipients.map((r, i) =>
      para(`- ${r.replace(/[.;]+$/u, '')}${i === recipients.length - 1 ? '.' : ';'}`, { size: 11, align: 'left', after: 0 }),
    ),
  ];
  const sig = signer
    ? [
        ...(signer.onBehalf ? [para(signer.onBehalf.toLocaleUpperCase('vi'), { bold: true, align: 'center', after: 0 })] : []),
        para(signer.position.toLocaleUpperCase('vi'), { bold: true, align: 'center', after: 0 }),
        para('', { after: 0 }),
        para('', { after: 0 }),
        para('', { after: 0 }),
        para(signer.name, { bold: true, align: 'center', after: 0 }),
      ]
    : [para('', { after: 0 })];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(rec, left), cell(sig, right)] })],
  });
}

/** Page numbers: Arabic, centred in the top margin (10 mm from the edge), upright, the body size; none on page 1. */
export const HEADER_FROM_EDGE = mm(10);
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 0, after: 0 },
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(BODY_PT) })],
      }),
    ],
  });

/**
 * The document: one A4 section with the decree's margins, Times New Roman as the default font, and the
 * page number from page 2 on (a "different first page" with an empty header: the first page shows none).
 */
export function officialDocument(titleText: string, children: ISectionOptions['children']) {
  return new Document({
    creator: 'Nông thôn mới',
    title: titleText,
    styles: { default: { document: { run: { font: FONT, size: pt(BODY_PT) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...PAGE.margin, header: HEADER_FROM_EDGE } },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
        children,
      },
    ],
  });
}
