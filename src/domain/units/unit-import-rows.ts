/**
 * The rows of an official list of administrative units (GSO "danh mục đơn vị hành chính" layout: code,
 * name, kind, parent; and for a unit that ends, its successor with the effective date and legal basis),
 * read from plain cells into typed rows. Every problem is reported at its sheet, row and column in
 * Vietnamese and English; the comparison with the stored units is unit-import-plan.ts.
 */
import { dayBefore, normalizeForSearch, parseDate } from '../text/vietnamese.js';
import type { SUCCESSION_KINDS, UnitKind } from './unit.schema.js';

/** One problem, located: "Danh mục!C7". */
export interface RowIssue {
  sheet: string;
  /** 1-based row; 0 when the problem is the sheet as a whole. */
  row: number;
  /** Column letter; "" when the problem is a whole row or sheet. */
  column: string;
  code: string;
  vi: string;
  en: string;
}

/** A cell as read from the file: text, a number, or a date (xlsx only); null when empty. */
export type RawCell = string | number | Date | null;

export const IMPORT_FIELDS = [
  'code',
  'name',
  'kind',
  'parentCode',
  'region',
  'validFrom',
  'validTo',
  'successorCodes',
  'successionKind',
  'effectiveDate',
  'legalBasis',
  'note',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Accepted headers per field (compared without diacritics and case); the first is the documented one. */
export const FIELD_HEADERS: Record<ImportField, readonly string[]> = {
  code: ['Mã', 'Mã ĐVHC', 'Mã đơn vị', 'code'],
  name: ['Tên', 'Tên ĐVHC', 'Tên đơn vị', 'name'],
  kind: ['Cấp', 'Loại', 'kind'],
  parentCode: ['Mã cấp trên', 'Mã đơn vị cấp trên', 'Mã tỉnh', 'parent', 'parent code'],
  region: ['Vùng', 'region'],
  validFrom: ['Hiệu lực từ', 'valid from'],
  validTo: ['Hiệu lực đến', 'valid to'],
  successorCodes: ['Đơn vị kế tiếp', 'Mã đơn vị kế tiếp', 'Sáp nhập vào', 'successor', 'successors'],
  successionKind: ['Hình thức', 'Hình thức sắp xếp', 'succession kind'],
  effectiveDate: ['Ngày hiệu lực', 'Ngày có hiệu lực', 'effective date'],
  legalBasis: ['Căn cứ', 'Căn cứ pháp lý', 'Văn bản', 'legal basis'],
  note: ['Ghi chú', 'note'],
};

const HEADER_INDEX = new Map(
  IMPORT_FIELDS.flatMap((f) => FIELD_HEADERS[f].map((h) => [normalizeForSearch(h).replace(/\s+/g, ' '), f] as const)),
);

/** The field a header names, or null. */
export const fieldOfHeader = (header: string): ImportField | null =>
  HEADER_INDEX.get(normalizeForSearch(header).replace(/\s+/g, ' ')) ?? null;

/** Words of the "Cấp" column (GSO wording, without diacritics) and the English kinds. */
const KIND_WORDS: Record<string, UnitKind> = {
  tinh: 'province',
  'thanh pho truc thuoc trung uong': 'province',
  'thanh pho trung uong': 'province',
  huyen: 'district',
  quan: 'district',
  'thi xa': 'district',
  'thanh pho thuoc tinh': 'district',
  'thanh pho': 'district',
  xa: 'commune',
  'thi tran': 'town',
  phuong: 'ward',
  'dac khu': 'special-zone',
  province: 'province',
  district: 'district',
  commune: 'commune',
  town: 'town',
  ward: 'ward',
  'special-zone': 'special-zone',
};

const SUCCESSION_WORDS: Record<string, (typeof SUCCESSION_KINDS)[number]> = {
  'sap nhap': 'merge',
  'hop nhat': 'merge',
  'nhap vao': 'merge',
  'chia tach': 'split',
  tach: 'split',
  'doi ten': 'rename',
  'dieu chinh': 'transfer',
  'dieu chinh dia gioi': 'transfer',
  merge: 'merge',
  split: 'split',
  rename: 'rename',
  transfer: 'transfer',
};

/** GSO code lengths: a code typed as a number in Excel loses its leading zeros ("01" → 1). */
const CODE_LENGTH: Partial<Record<UnitKind, number>> = { province: 2, district: 3, commune: 5, town: 5, ward: 5, 'special-zone': 5 };

export interface ImportRow {
  sheet: string;
  row: number;
  /** Column letter of each field present in the file. */
  columns: Partial<Record<ImportField, string>>;
  code: string;
  name: string | null;
  kind: UnitKind | null;
  parentCode: string | null;
  /** The region (a value of the "region" classification of the sets); checked against the sets in planUnitImport. */
  region: string | null;
  validFrom: string | null;
  /** Last day (inclusive); when only a successor is given, the day before its effective date. */
  validTo: string | null;
  successorCodes: string[];
  successionKind: (typeof SUCCESSION_KINDS)[number];
  effectiveDate: string | null;
  legalBasis: string | null;
  note: string | null;
}

const text = (v: RawCell) => (v === null ? '' : v instanceof Date ? v.toISOString().slice(0, 10) : String(v).normalize('NFC').trim());

/** A code cell: text as is; a number padded to the GSO length of the row's kind. */
function codeText(v: RawCell, kind: UnitKind | null) {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return String(v).padStart((kind && CODE_LENGTH[kind]) || 0, '0');
  return text(v);
}

function dateOf(v: RawCell): string | null | 'bad' {
  if (v === null || text(v) === '') return null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'bad' : v.toISOString().slice(0, 10);
  return parseDate(String(v)) ?? 'bad';
}

const CODE = /^[A-Za-z0-9-]+$/;
const FIELD_VI: Record<ImportField, string> = {
  code: 'Mã',
  name: 'Tên',
  kind: 'Cấp',
  parentCode: 'Mã cấp trên',
  region: 'Vùng',
  validFrom: 'Hiệu lực từ',
  validTo: 'Hiệu lực đến',
  successorCodes: 'Đơn vị kế tiếp',
  successionKind: 'Hình thức',
  effectiveDate: 'Ngày hiệu lực',
  legalBasis: 'Căn cứ',
  note: 'Ghi chú',
};

/** Reads one data row; problems go to `issues`, and a row with a problem gives null. */
export function readRow(
  sheet: string,
  row: number,
  cells: Partial<Record<ImportField, RawCell>>,
  columns: Partial<Record<ImportField, string>>,
  issues: RowIssue[],
): ImportRow | null {
  const before = issues.length;
  const at = (field: ImportField, code: string, vi: string, en: string) =>
    issues.push({ sheet, row, column: columns[field] ?? '', code, vi, en });
  const get = (f: ImportField) => text(cells[f] ?? null);

  const kindWord = get('kind');
  let kind: UnitKind | null = null;
  if (kindWord) {
    kind = KIND_WORDS[normalizeForSearch(kindWord).replace(/\s+/g, ' ')] ?? null;
    if (!kind)
      at(
        'kind',
        'unit_import.unknown_kind',
        `Cấp "${kindWord}" không rõ (dùng: Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn, Đặc khu)`,
        `Unknown kind "${kindWord}" (use: Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn, Đặc khu)`,
      );
  }
  const code = codeText(cells.code ?? null, kind);
  if (!code) at('code', 'unit_import.missing_code', 'Thiếu mã đơn vị', 'The unit code is missing');
  else if (!CODE.test(code))
    at(
      'code',
      'unit_import.bad_code',
      `Mã "${code}" chỉ được gồm chữ không dấu, số và dấu gạch ngang`,
      `Code "${code}" may hold only letters, digits and hyphens`,
    );

  const parentCode = codeText(cells.parentCode ?? null, null) || null;
  if (parentCode && parentCode === code)
    at('parentCode', 'unit_import.own_parent', 'Đơn vị không thể là cấp trên của chính nó', 'A unit cannot be its own parent');

  const regionText = get('region').toUpperCase();
  const region = regionText ? (/^[A-Z0-9][A-Z0-9_-]*$/.test(regionText) ? regionText : null) : null;
  if (regionText && !region)
    at(
      'region',
      'unit_import.unknown_region',
      `Vùng "${regionText}" không phải mã vùng (ví dụ TN)`,
      `"${regionText}" is not a region code (e.g. TN)`,
    );

  const dates: Partial<Record<'validFrom' | 'validTo' | 'effectiveDate', string | null>> = {};
  for (const f of ['validFrom', 'validTo', 'effectiveDate'] as const) {
    const d = dateOf(cells[f] ?? null);
    if (d === 'bad')
      at(
        f,
        'unit_import.bad_date',
        `${FIELD_VI[f]}: "${get(f)}" không phải ngày (dd/mm/yyyy)`,
        `${f}: "${get(f)}" is not a date (dd/mm/yyyy)`,
      );
    else dates[f] = d;
  }
  const validFrom = dates.validFrom ?? null;
  const effectiveDate = dates.effectiveDate ?? null;
  const successorCodes = get('successorCodes')
    .split(/[;,\s]+/u)
    .filter(Boolean);
  const kindOfLink = get('successionKind');
  const successionKind = kindOfLink ? SUCCESSION_WORDS[normalizeForSearch(kindOfLink).replace(/\s+/g, ' ')] : 'merge';
  if (!successionKind)
    at(
      'successionKind',
      'unit_import.unknown_succession_kind',
      `Hình thức "${kindOfLink}" không rõ (dùng: Sáp nhập, Chia tách, Đổi tên, Điều chỉnh)`,
      `Unknown succession kind "${kindOfLink}" (use: Sáp nhập, Chia tách, Đổi tên, Điều chỉnh)`,
    );
  const legalBasis = get('legalBasis') || null;
  let validTo = dates.validTo ?? null;
  if (successorCodes.length > 0) {
    if (successorCodes.includes(code))
      at('successorCodes', 'unit_import.own_successor', 'Đơn vị không thể kế tiếp chính nó', 'A unit cannot succeed itself');
    if ('effectiveDate' in dates && !effectiveDate)
      at(
        'effectiveDate',
        'unit_import.missing_effective_date',
        'Có đơn vị kế tiếp thì phải có ngày hiệu lực',
        'A successor needs an effective date',
      );
    if (!legalBasis)
      at(
        'legalBasis',
        'unit_import.missing_legal_basis',
        'Có đơn vị kế tiếp thì phải có căn cứ pháp lý (văn bản)',
        'A successor needs its legal basis',
      );
    if (effectiveDate && !validTo) validTo = dayBefore(effectiveDate);
    else if (effectiveDate && validTo && validTo >= effectiveDate)
      at(
        'validTo',
        'unit_import.ends_after_successor',
        `Hiệu lực đến ${validTo} phải trước ngày hiệu lực ${effectiveDate} của đơn vị kế tiếp`,
        `Valid to ${validTo} must be before the successor's effective date ${effectiveDate}`,
      );
  } else if (effectiveDate) {
    at(
      'successorCodes',
      'unit_import.missing_successor',
      'Có ngày hiệu lực sáp nhập nhưng không có đơn vị kế tiếp',
      'An effective date is given but no successor',
    );
  }
  if (validFrom && validTo && validTo < validFrom)
    at(
      'validTo',
      'unit_import.ends_before_start',
      `Hiệu lực đến ${validTo} trước hiệu lực từ ${validFrom}`,
      `Valid to ${validTo} is before valid from ${validFrom}`,
    );
  if (issues.length > before) return null;
  return {
    sheet,
    row,
    columns,
    code,
    name: get('name') || null,
    kind,
    parentCode,
    region,
    validFrom,
    validTo,
    successorCodes,
    successionKind: successionKind ?? 'merge',
    effectiveDate,
    legalBasis,
    note: get('note') || null,
  };
}
