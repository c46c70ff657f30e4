/**
 * A plan started from nothing: the office gives the year, the issuing unit, the legal bases chosen from
 * the catalogue and its objectives; the rest of the document (heading, preamble, closing) is the usual
 * wording for that unit and year, and the commune targets are then set on the board. Messages "vi / en".
 */
import { z } from 'zod';
import type { LegalBasisEntry } from './legal-basis-catalog.schema.js';
import { basisOf } from './legal-basis-catalog.schema.js';
import type { Plan } from './plan.schema.js';
import { ISSUING_AREA_VI, type IssuingUnitKind } from './plan-document.schema.js';
import { averageScopeSchema, type Objective } from './plan-objective.schema.js';

const text = (max: number, what: string) =>
  z
    .string({ error: `${what}: cần nhập chữ / text expected` })
    .trim()
    .min(1, `${what}: không được để trống / must not be empty`)
    .max(max, `${what}: quá ${max} ký tự / longer than ${max} characters`);
const optionalText = (max: number, what: string) => text(max, what).optional();

const newObjectiveSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('text'), text: text(4000, 'Nội dung mục tiêu / objective text') }),
    z.strictObject({
      kind: z.literal('criteriaAdded'),
      total: z
        .number({ error: 'Tổng số tiêu chí tăng thêm phải là số / the total must be a number' })
        .int('Tổng số tiêu chí tăng thêm phải là số nguyên / the total must be a whole number')
        .min(1, 'Tổng số tiêu chí tăng thêm ít nhất là 1 / the total must be at least 1')
        .max(10000, 'Tổng số tiêu chí tăng thêm quá lớn / the total is too large'),
      text: optionalText(4000, 'Nội dung mục tiêu / objective text'),
    }),
    z.strictObject({
      kind: z.literal('averageCriteria'),
      atLeast: z
        .number({ error: 'Bình quân tiêu chí/xã phải là số / the average must be a number' })
        .gt(0, 'Bình quân tiêu chí/xã phải lớn hơn 0 / the average must be above 0')
        .max(100, 'Bình quân tiêu chí/xã quá lớn / the average is too large'),
      scope: averageScopeSchema.nullable().default(null),
      text: optionalText(4000, 'Nội dung mục tiêu / objective text'),
    }),
  ],
  { error: 'Loại mục tiêu không hợp lệ / unknown objective kind' },
);
export type NewObjective = z.infer<typeof newObjectiveSchema>;

export const newPlanInputSchema = z.strictObject({
  year: z
    .number({ error: 'Năm kế hoạch phải là số / the year must be a number' })
    .int('Năm kế hoạch phải là số nguyên / the year must be a whole number')
    .min(2000, 'Năm kế hoạch từ 2000 đến 2100 / the year must be 2000 to 2100')
    .max(2100, 'Năm kế hoạch từ 2000 đến 2100 / the year must be 2000 to 2100'),
  issuingUnitCode: text(50, 'Đơn vị ban hành / issuing unit'),
  /** Defaults to "<unit name>-<year>", e.g. "krong-no-2023". */
  code: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'Mã kế hoạch: chữ thường không dấu, số và dấu gạch / lower-case letters, digits, hyphens')
    .max(100, 'Mã kế hoạch quá 100 ký tự / the code is longer than 100 characters')
    .optional(),
  title: optionalText(500, 'Trích yếu / title'),
  legalBasisIds: z
    .array(z.string().max(100), { error: 'Căn cứ: cần danh sách / a list of bases is expected' })
    .max(50, 'Căn cứ: nhiều nhất 50 văn bản / at most 50 bases')
    .refine((xs) => new Set(xs).size === xs.length, 'Căn cứ: một văn bản được chọn hai lần / a basis is chosen twice'),
  objectives: z.array(newObjectiveSchema).max(50, 'Mục tiêu: nhiều nhất 50 / at most 50 objectives').default([]),
});
export type NewPlanInput = z.input<typeof newPlanInputSchema>;

export interface NewPlanFacts {
  code: string;
  unit: { code: string; name: string; kind: IssuingUnitKind };
  bases: readonly LegalBasisEntry[];
  criteriaSetCode: string;
}

/** The objective as a plan states it, with the usual wording when the office gave only the number. */
function objectiveOf(o: NewObjective, i: number, area: string): Objective {
  const id = `I.${i + 1}`;
  if (o.kind === 'text') return { id, kind: 'text', text: o.text };
  if (o.kind === 'criteriaAdded') {
    return { id, kind: 'criteriaAdded', total: o.total, text: o.text ?? `Phấn đấu hoàn thành tổng cộng thêm ${o.total} tiêu chí` };
  }
  const n = String(o.atLeast).replace('.', ',');
  return {
    id,
    kind: 'averageCriteria',
    atLeast: o.atLeast,
    scope: o.scope,
    text: o.text ?? `Số tiêu chí bình quân toàn ${area} đạt ${n} tiêu chí/xã trở lên`,
  };
}

/** The new draft: unnumbered, undated but for its year, no signer yet, targets to be set on the board. */
export function newPlan(input: z.output<typeof newPlanInputSchema>, facts: NewPlanFacts): Plan {
  const area = ISSUING_AREA_VI[facts.unit.kind];
  const authority = `Ủy ban nhân dân ${area} ${facts.unit.name}`;
  const programme = 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới';
  return {
    code: facts.code,
    year: input.year,
    issuingUnit: { unitCode: facts.unit.code, kind: facts.unit.kind, authority },
    documentNumber: { number: null, symbol: 'KH-UBND' },
    place: facts.unit.name,
    issuedOn: { year: input.year, month: null, day: null },
    title: input.title ?? `Về việc triển khai thực hiện ${programme} trên địa bàn ${area} ${facts.unit.name} năm ${input.year}`,
    criteriaSetCode: facts.criteriaSetCode,
    legalBases: facts.bases.map(basisOf),
    preamble: `${authority} ban hành Kế hoạch triển khai thực hiện ${programme} trên địa bàn ${area} năm ${input.year}. Cụ thể như sau:`,
    objectiveSections: [],
    objectives: input.objectives.map((o, i) => objectiveOf(o, i, area)),
    communeTargets: [],
    agencies: [],
    taskSections: [],
    tasks: [],
    closing: `Trên đây là Kế hoạch triển khai thực hiện ${programme} năm ${input.year} trên địa bàn ${area} ${facts.unit.name}./.`,
    recipients: [],
    signer: null,
    status: 'draft',
    statusHistory: [],
    copiedFromCode: null,
    notes: [],
    sourceCorrections: [],
    reviewFlags: [],
    provenance: { source: 'Lập mới trên hệ thống / created in the system', verified: false },
  };
}
