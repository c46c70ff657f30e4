/**
 * Decides whether uploaded bytes may be handed to the spreadsheet reader, from the bytes and before any
 * inflating: an .xlsx is a zip whose central directory names "[Content_Types].xml" and "xl/workbook.xml".
 * The declared uncompressed sizes and compression ratios are checked here, so a zip bomb is refused
 * without being opened; a macro-enabled workbook is refused too. The name or MIME type the client
 * sent is never trusted.
 */
import { inflateRawSync } from 'node:zlib';
import { AppError } from '../domain/errors.js';

export interface ZipLimits {
  /** Largest file accepted, in bytes. */
  maxBytes: number;
  /** Largest total of the declared uncompressed sizes. */
  maxUncompressed: number;
  /** Largest ratio uncompressed / compressed of one entry over 1 MB. */
  maxRatio: number;
  maxEntries: number;
}

export const XLSX_LIMITS: ZipLimits = { maxBytes: 25 * 1024 * 1024, maxUncompressed: 400 * 1024 * 1024, maxRatio: 120, maxEntries: 2000 };

export interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
  /** 0 stored, 8 deflate. */
  method: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const refuse = (code: string, vi: string, en: string, details?: Record<string, unknown>) =>
  new AppError(code, 'invalid', { vi, en }, [{ path: 'file', message: `${vi} / ${en}` }], details);

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** Reads the central directory (names and declared sizes) without inflating anything. */
export function zipEntries(buf: Buffer): ZipEntry[] {
  const notZip = () =>
    refuse(
      'import.not_spreadsheet',
      'Tệp không phải bảng tính .xlsx (không đọc được cấu trúc zip)',
      'The file is not an .xlsx workbook (no zip structure)',
    );
  // End of central directory: 22 bytes plus a comment of up to 65535 bytes, at the end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notZip();
  const count = buf.readUInt16LE(eocd + 10);
  const size = buf.readUInt32LE(eocd + 12);
  const offset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    throw refuse('import.zip64', 'Tệp zip64 quá lớn, không được nhận', 'zip64 archives are not accepted');
  }
  if (offset + size > buf.length) throw notZip();
  const entries: ZipEntry[] = [];
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw notZip();
    const compressed = buf.readUInt32LE(p + 20);
    const uncompressed = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.push({ name, compressed, uncompressed, method: buf.readUInt16LE(p + 10), offset: buf.readUInt32LE(p + 42) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Throws a clear, located refusal unless `buf` looks like a safe .xlsx workbook. */
export function guardXlsx(buf: Buffer, limits: ZipLimits = XLSX_LIMITS): ZipEntry[] {
  if (buf.length > limits.maxBytes) {
    throw refuse(
      'import.too_large',
      `Tệp quá lớn (${mb(buf.length)}); tối đa ${mb(limits.maxBytes)}`,
      `The file is too large (${mb(buf.length)}); at most ${mb(limits.maxBytes)}`,
    );
  }
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0) {
    throw refuse(
      'import.not_spreadsheet',
      'Tệp là bảng tính Excel cũ (.xls); hãy mở bằng Excel và lưu thành .xlsx',
      'The file is an old Excel workbook (.xls); save it as .xlsx',
    );
  }
  if (buf.length < 30 || buf.readUInt32LE(0) !== 0x04034b50) {
    throw refuse('import.not_spreadsheet', 'Tệp không phải bảng tính .xlsx', 'The file is not an .xlsx workbook');
  }
  const entries = zipEntries(buf);
  if (entries.length > limits.maxEntries) {
    throw refuse('import.zip_bomb', `Tệp có quá nhiều thành phần (${entries.length})`, `The file has too many parts (${entries.length})`);
  }
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('[Content_Types].xml') || !names.has('xl/workbook.xml')) {
    throw refuse(
      'import.not_spreadsheet',
      'Tệp zip này không phải bảng tính .xlsx (thiếu xl/workbook.xml)',
      'This zip file is not an .xlsx workbook (no xl/workbook.xml)',
    );
  }
  let total = 0;
  for (const e of entries) {
    total += e.uncompressed;
    const ratio = e.uncompressed / Math.max(1, e.compressed);
    if (e.uncompressed > 1024 * 1024 && ratio > limits.maxRatio) {
      throw refuse(
        'import.zip_bomb',
        `Tệp bị nén bất thường (${e.name} nén ${Math.round(ratio)} lần); không mở`,
        `Abnormally compressed file (${e.name} compressed ${Math.round(ratio)}×); not opened`,
        { entry: e.name, ratio },
      );
    }
  }
  if (total > limits.maxUncompressed) {
    throw refuse(
      'import.zip_bomb',
      `Tệp khi giải nén quá lớn (${mb(total)}); tối đa ${mb(limits.maxUncompressed)}`,
      `The file would inflate to ${mb(total)}; at most ${mb(limits.maxUncompressed)}`,
    );
  }
  for (const e of entries) {
    const content = checkInflatedSize(buf, e);
    if (e.name === '[Content_Types].xml') refuseMacros(entries, content.toString('utf8'));
  }
  return entries;
}

/** Parts that carry macros: VBA projects, Excel 4 macro sheets, ActiveX controls. */
const MACRO_PART = /(^|\/)vbaProject\.bin$|^xl\/macrosheets\/|^xl\/activeX\//i;
const MACRO_TYPE = /macroEnabled|vbaProject|macrosheet/i;

/**
 * A macro-enabled workbook (.xlsm, or an .xlsx that carries a VBA project) is refused: its code never
 * runs here, but a file that does something when opened must not go round the offices as "our" sheet.
 */
function refuseMacros(entries: ZipEntry[], contentTypes: string) {
  const part = entries.find((e) => MACRO_PART.test(e.name));
  if (part || MACRO_TYPE.test(contentTypes)) {
    throw refuse(
      'import.macro_enabled',
      'Tệp là bảng tính có macro (.xlsm hoặc chứa mã VBA); hãy lưu lại thành "Sổ làm việc Excel (.xlsx)" không có macro rồi nhập lại',
      'The file is a macro-enabled workbook (.xlsm or VBA code inside); save it as a plain "Excel Workbook (.xlsx)" and import again',
      { entry: part?.name ?? '[Content_Types].xml' },
    );
  }
}

/**
 * The declared sizes could lie: each entry is inflated with a hard output cap of its declared size,
 * so an entry that inflates to more stops there and is refused (before the spreadsheet reader,
 * which would inflate it whole, ever sees it).
 */
function checkInflatedSize(buf: Buffer, e: ZipEntry): Buffer {
  const lying = () =>
    refuse(
      'import.zip_bomb',
      `Thành phần ${e.name} khai sai kích thước khi giải nén; không mở`,
      `Part ${e.name} misstates its uncompressed size; not opened`,
      { entry: e.name },
    );
  if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) throw lying();
  const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
  const data = buf.subarray(start, start + e.compressed);
  if (e.method === 0) {
    if (e.compressed !== e.uncompressed) throw lying();
    return data;
  }
  if (e.method !== 8) {
    throw refuse('import.not_spreadsheet', `Kiểu nén không hỗ trợ (${e.method})`, `Unsupported compression (${e.method})`);
  }
  let out: Buffer;
  try {
    out = inflateRawSync(data, { maxOutputLength: Math.max(1, e.uncompressed) });
  } catch (err) {
    if (err instanceof RangeError) throw lying();
    throw refuse('import.unreadable', `Tệp hỏng (không giải nén được ${e.name})`, `The file is damaged (${e.name} cannot be inflated)`);
  }
  if (out.length !== e.uncompressed) throw lying();
  return out;
}
