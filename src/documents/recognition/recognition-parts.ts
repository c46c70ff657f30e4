/**
 * The pieces every recognition document shares, on top of docx-format's Nghị định 30 layout: the heading
 * from an Issuer (number with the document's symbol, blank "Số: …/TTr-UBND" while unnumbered), the commune
 * and tier wording ("xã Nâm Nung", "đạt chuẩn nông thôn mới năm 2022"), the signature and the demo line.
 */
import type { Signer } from '../../domain/plan/plan-document.schema.js';
import { formatNumberVi, isRealIsoDate } from '../../domain/text/vietnamese.js';
import { heading, para, signatureBlock } from '../docx-format.js';
import { rejectIfAny } from './input-check.js';
import type { Issuer, IssuerSigner } from './inputs.js';

/** "2023-06-12" → the parts of the date line; a date that is no real day is refused with its field. */
export function issueDate(iso: string, path = 'issuer.date') {
  if (!isRealIsoDate(iso)) {
    rejectIfAny([{ path, message: `ngày "${iso}" không hợp lệ (cần YYYY-MM-DD)` }], { vi: 'văn bản', en: 'document' });
  }
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return { year: y, month: m, day: d };
}

/** "125" + "TTr-UBND" → { number: "125", symbol: "TTr-UBND" }; "125/BC-UBND" keeps its own symbol. */
export function documentNumber(issuer: Issuer, defaultSymbol: string) {
  const raw = issuer.documentNumber?.trim() || null;
  const slash = raw?.indexOf('/') ?? -1;
  if (raw && slash > 0) return { number: raw.slice(0, slash), symbol: raw.slice(slash + 1) };
  return { number: raw, symbol: issuer.symbol ?? defaultSymbol };
}

export const recognitionHeading = (issuer: Issuer, defaultSymbol: string) =>
  heading({
    authority: issuer.bodyName,
    parent: issuer.parentBodyName,
    number: documentNumber(issuer, defaultSymbol),
    place: issuer.place,
    date: issueDate(issuer.date),
  });

/** "Nâm Nung" or "xã Nâm Nung" → "xã Nâm Nung". */
export function communeVi(unitName: string): string {
  const name = unitName.trim();
  return /^(xã|Xã)\s/u.test(name) ? `xã ${name.replace(/^(xã|Xã)\s+/u, '')}` : `xã ${name}`;
}

/** "Xã nông thôn mới nâng cao" or "nông thôn mới nâng cao" → "nông thôn mới nâng cao" (what follows "đạt chuẩn"). */
export function tierVi(tierName: string): string {
  const t = tierName.trim().replace(/^(xã|Xã)\s+/u, '');
  return t.charAt(0).toLocaleLowerCase('vi') + t.slice(1);
}

/** "công nhận xã Nâm Nung đạt chuẩn nông thôn mới năm 2022". */
export const recognitionPhrase = (unitName: string, tierName: string, year: number) =>
  `${communeVi(unitName)} đạt chuẩn ${tierVi(tierName)} năm ${year}`;

/** 17 of 19 → "17,9" style percentage, one decimal at most; null when the total is zero. */
export const percentVi = (part: number, total: number) => (total > 0 ? formatNumberVi((part / total) * 100, 1) : null);

/** A collective body signs "TM." (thay mặt) through its head; other bodies through the named position. */
export function defaultOnBehalf(bodyName: string): string | null {
  const m = /^(ủy ban nhân dân|ban thường trực|ban chỉ đạo|ban quản lý)/iu.exec(bodyName.trim());
  return m ? `TM. ${(m[1] as string).toLocaleUpperCase('vi')}` : null;
}

function toSigner(s: IssuerSigner): Signer {
  return { onBehalf: s.onBehalf, position: s.position, name: s.name ?? '' };
}

/** The issuer's signer, else "TM. <body>" / "CHỦ TỊCH" with a blank name for the signature by hand. */
export function signerOf(issuer: Issuer, fallback: Partial<IssuerSigner> = {}): Signer {
  if (issuer.signer) return toSigner(issuer.signer);
  return toSigner({
    onBehalf: fallback.onBehalf !== undefined ? fallback.onBehalf : defaultOnBehalf(issuer.bodyName),
    position: fallback.position ?? 'Chủ tịch',
    name: fallback.name ?? null,
  });
}

export const signature = (issuer: Issuer, defaultRecipients: readonly string[], fallback: Partial<IssuerSigner> = {}) =>
  signatureBlock(signerOf(issuer, fallback), issuer.recipients ?? defaultRecipients);

/** The line under the title of a document resting on illustrative values. */
export const DEMO_LINE = 'SỐ LIỆU MINH HỌA (DEMO): không phải số liệu chính thức, không dùng để xét, công nhận.';
export const demoBanner = () => para(DEMO_LINE, { bold: true, italics: true, align: 'center', size: 13, after: 12 });

/** A heading line of a section ("I. KẾT QUẢ …"). */
export const section = (text: string) => para(text, { bold: true, keepNext: true, before: 6 });

/** "ngày 12 tháng 6 năm 2023" (Nghị định 30: a leading zero below 10, and for months 1 and 2). */
export function dayMonthYearVi(iso: string, path: string): string {
  const { year, month, day } = issueDate(iso, path);
  return `ngày ${String(day).padStart(2, '0')} tháng ${month <= 2 ? `0${month}` : month} năm ${year}`;
}
