/**
 * What a copied plan must not carry silently: legal bases that belong to the old year (or whose period
 * ended) according to the catalogue of bases, and texts that name the old year — whether the copy left
 * them as they were (task texts) or replaced "năm 2022" by "năm 2023" (title, objectives). One flag each.
 */
import { entryFor, type LegalBasisEntry, servesYear } from './legal-basis-catalog.schema.js';
import type { Plan } from './plan.schema.js';
import type { ReviewFlag } from './plan-review.schema.js';

/** Dates ("ngày 08 tháng 3 năm 2022", "08/3/2022") and phases ("2021-2025") are not the plan's year. */
function withoutDatesAndPhases(text: string, year: number) {
  return text
    .replace(new RegExp(`tháng\\s+\\d{1,2}\\s+năm\\s+${year}`, 'g'), ' ')
    .replace(new RegExp(`\\d{1,2}/\\d{1,2}/${year}`, 'g'), ' ')
    .replace(/\d{4}\s*[-–]\s*\d{4}/g, ' ');
}

/** The text names `year` as a year (not inside a date or a phase). */
export const namesYear = (text: string, year: number) => new RegExp(`(?<!\\d)${year}(?!\\d)`).test(withoutDatesAndPhases(text, year));

function excerpt(text: string, year: number): string {
  const at = withoutDatesAndPhases(text, year).search(new RegExp(`(?<!\\d)${year}(?!\\d)`));
  // Whole words only: start after a space ~6 words before, end at a space ~3 words after.
  let from = Math.max(0, at - 40);
  while (from > 0 && text[from - 1] !== ' ') from--;
  let to = Math.min(text.length, at + 20);
  while (to < text.length && text[to] !== ' ') to++;
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}

const flag = (f: Omit<ReviewFlag, 'reviewedAt' | 'reviewedBy' | 'data'> & { data?: Record<string, unknown> }): ReviewFlag => ({
  data: {},
  ...f,
  reviewedAt: null,
  reviewedBy: null,
});

/** Flags on the copy's legal bases, against the catalogue. */
export function basisFlags(copy: Plan, oldYear: number, catalog: readonly LegalBasisEntry[]): ReviewFlag[] {
  const year = copy.year;
  return copy.legalBases.flatMap((b, i) => {
    const name = `${b.documentType} số ${b.number} của ${b.issuer}`;
    const nameEn = `${b.documentType} ${b.number} (${b.issuer})`;
    const base = { id: `basis:${b.number}`, path: `legalBases.${i}`, data: { number: b.number, entryId: null as string | null } };
    const entry = entryFor(catalog, b);
    if (entry) base.data.entryId = entry.id;
    if (entry && servesYear(entry, year)) return [];
    const span = entry
      ? entry.years.to === entry.years.from
        ? `năm ${entry.years.from}`
        : `${entry.years.from}-${entry.years.to ?? ''}`
      : '';
    if (entry && !entry.standing) {
      return [
        flag({
          ...base,
          kind: 'basis_other_year',
          message: `Căn cứ ${name} là văn bản của ${span}, không phải căn cứ của kế hoạch năm ${year}: thay bằng văn bản của năm ${year} hoặc bỏ.`,
          messageEn: `Legal basis ${nameEn} belongs to ${span.replace('năm ', '')}, not to a plan for ${year}: replace it with the ${year} document or remove it.`,
        }),
      ];
    }
    if (entry) {
      return [
        flag({
          ...base,
          kind: 'basis_expired',
          message: `Căn cứ ${name} áp dụng cho giai đoạn ${span}, đã hết trước năm ${year}: thay bằng văn bản của giai đoạn mới hoặc bỏ.`,
          messageEn: `Legal basis ${nameEn} serves ${span}, which ended before ${year}: replace it with the new phase's document or remove it.`,
        }),
      ];
    }
    if (namesYear(`${b.title} ${b.sourceText ?? ''}`, oldYear)) {
      return [
        flag({
          ...base,
          kind: 'basis_other_year',
          message: `Căn cứ ${name} nêu năm ${oldYear}, không phải căn cứ của kế hoạch năm ${year}: thay bằng văn bản của năm ${year} hoặc bỏ.`,
          messageEn: `Legal basis ${nameEn} names ${oldYear}; it is not a basis of a plan for ${year}: replace or remove it.`,
        }),
      ];
    }
    return [
      flag({
        ...base,
        kind: 'basis_unlisted',
        message: `Căn cứ ${name} không có trong danh mục căn cứ: chưa rõ văn bản còn áp dụng cho năm ${year} hay không.`,
        messageEn: `Legal basis ${nameEn} is not in the catalogue of bases: whether it still applies in ${year} is unknown.`,
      }),
    ];
  });
}

interface Place {
  path: string;
  vi: string;
  en: string;
  before: string | undefined;
  after: string | undefined;
}

/** Flags on texts of the old plan that name its year; `skipObjectives` are flagged elsewhere (recomputed). */
export function textFlags(old: Plan, copy: Plan, skipObjectives: ReadonlySet<string>): ReviewFlag[] {
  const places: Place[] = [
    { path: 'title', vi: 'Trích yếu', en: 'Title', before: old.title, after: copy.title },
    { path: 'preamble', vi: 'Câu mở đầu', en: 'Preamble', before: old.preamble, after: copy.preamble },
    { path: 'closing', vi: 'Câu kết', en: 'Closing sentence', before: old.closing, after: copy.closing },
    ...copy.objectives.flatMap((o, i) => {
      const was = old.objectives.find((x) => x.id === o.id);
      if (!was || skipObjectives.has(o.id)) return [];
      return [{ path: `objectives.${i}.text`, vi: `Mục tiêu ${o.id}`, en: `Objective ${o.id}`, before: was.text, after: o.text }];
    }),
    ...copy.taskSections.map((s, i) => ({
      path: `taskSections.${i}.title`,
      vi: `Mục ${s.number}`,
      en: `Section ${s.number}`,
      before: old.taskSections.find((x) => x.number === s.number)?.title,
      after: s.title,
    })),
    ...copy.tasks.map((t) => ({
      path: `tasks.${t.number}.text`,
      vi: `Nhiệm vụ ${t.number}`,
      en: `Task ${t.number}`,
      before: old.tasks.find((x) => x.number === t.number)?.text,
      after: t.text,
    })),
  ];
  return places.flatMap((p) => {
    if (p.before === undefined || p.after === undefined || !namesYear(p.before, old.year)) return [];
    const still = namesYear(p.after, old.year);
    const shown = still ? excerpt(p.after, old.year) : excerpt(p.before, old.year);
    return [
      flag({
        id: `text:${p.path}`,
        kind: 'text_old_year',
        path: p.path,
        message: still
          ? `${p.vi} vẫn nêu năm ${old.year} («${shown}»): sửa cho năm ${copy.year} hoặc xác nhận vẫn đúng.`
          : `${p.vi} nêu năm ${old.year} («${shown}»), bản sao đã tự đổi thành năm ${copy.year}: rà soát nội dung còn đúng cho năm ${copy.year}.`,
        messageEn: still
          ? `${p.en} still names ${old.year} (“${shown}”): edit it for ${copy.year} or confirm it still holds.`
          : `${p.en} named ${old.year} (“${shown}”); the copy changed it to ${copy.year}: check the text still holds for ${copy.year}.`,
        data: { stillNamesOldYear: still, excerpt: shown },
      }),
    ];
  });
}
