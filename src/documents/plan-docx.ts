/**
 * The annual plan (kế hoạch) as a .docx in the format of Nghị định 30/2020/NĐ-CP, written from the
 * plan's data and nothing else. The body says what the plan says, point by point (heading, legal bases
 * as printed, objectives, tasks as numbered, closing, recipients, signer), then the notes on the source's
 * slips; what the data adds (targets by criterion number, lead and cooperating agencies, the approved money) goes in appendices.
 */
import { Packer, PageBreak, Paragraph } from 'docx';
import type { Plan } from '../domain/plan/plan.schema.js';
import type { CommuneTarget } from '../domain/plan/plan-objective.schema.js';
import type { Task } from '../domain/plan/plan-task.schema.js';
import { formatDateVi } from '../domain/text/vietnamese.js';
import { body, heading, officialDocument, para, signatureBlock, title } from './docx-format.js';
import { type CellText, dataTable } from './docx-table.js';
import { type PlanFunding, planFundingSection } from './funding/funding-docx.js';
import { objectiveSection, sourceNotes } from './plan-docx-objectives.js';

export interface PlanDocxInput {
  plan: Plan;
  /** The criteria of the plan's set, by number, for the names printed beside the numbers. */
  criteria: readonly { number: number; name: string }[];
  /** Criteria met per commune at the start of the year, when known (adds two columns). */
  metAtStart?: ReadonlyMap<string, number>;
  /** Names of units referred to by tasks (communes concerned). */
  unitNames?: ReadonlyMap<string, string>;
  /** The approved allocation of the plan's unit and year (absent: the section is left out). */
  funding?: PlanFunding;
}

/** The line as the plan printed it, else "Căn cứ Quyết định số 318/QĐ-TTg ngày 08 tháng 3 năm 2022 của … Ban hành …". */
export function legalBasisLine(b: Plan['legalBases'][number]): string {
  if (b.sourceText) return b.sourceText;
  const [y, m, d] = b.date.split('-');
  return `Căn cứ ${b.documentType} số ${b.number} ngày ${d} tháng ${Number(m)} năm ${y} của ${b.issuer} ${b.title};`;
}

/** "II.1.1" → "1.1."; "III.4" → "4.": the number as printed under its roman section. */
export const localNumber = (n: string) => `${n.split('.').slice(1).join('.')}.`;

export function targetGoal(t: CommuneTarget, year: number): string {
  const parts: string[] = [];
  if (t.reachStandard) parts.push(`Về đích nông thôn mới năm ${year}`);
  if (t.maintain) parts.push('Duy trì chuẩn nông thôn mới');
  if (t.tierTarget) {
    const tier = t.tierTarget.tier === 'advanced' ? 'nông thôn mới nâng cao' : 'nông thôn mới kiểu mẫu';
    parts.push(t.tierTarget.reach ? `Đạt chuẩn ${tier} năm ${year}` : `Thực hiện các tiêu chí ${tier}`);
  }
  return parts.join('; ') || 'Tăng tiêu chí';
}

export function criteriaText(numbers: readonly number[], names: ReadonlyMap<number, string>): string {
  return numbers.map((n) => `${n}. ${names.get(n) ?? `Tiêu chí ${n}`}`).join('\n');
}

function targetTable(input: PlanDocxInput, names: ReadonlyMap<number, string>) {
  const { plan, metAtStart } = input;
  const withCounts = metAtStart !== undefined;
  const cols = [
    { header: 'STT', width: 0.07, align: 'center' as const },
    { header: 'Xã', width: 0.14 },
    { header: `Tiêu chí phấn đấu đạt năm ${plan.year}`, width: withCounts ? 0.33 : 0.5 },
    { header: 'Số tiêu chí', width: 0.09, align: 'center' as const },
    ...(withCounts
      ? [
          { header: 'Đạt đầu năm', width: 0.09, align: 'center' as const },
          { header: 'Dự kiến cuối năm', width: 0.1, align: 'center' as const },
        ]
      : []),
    { header: 'Mục tiêu', width: withCounts ? 0.18 : 0.2 },
  ];
  const rows = plan.communeTargets.map((t, i): CellText[] => {
    const start = metAtStart?.get(t.unitCode);
    return [
      i + 1,
      t.name,
      t.criteria.length > 0 ? criteriaText(t.criteria, names) : '—',
      t.criteria.length,
      ...(withCounts ? [start ?? null, start === undefined ? null : start + t.criteria.length] : []),
      targetGoal(t, plan.year),
    ];
  });
  return dataTable(cols, rows);
}

function agencyName(plan: Plan, code: string | null): string {
  if (code === null) return '';
  return plan.agencies.find((a) => a.code === code)?.name ?? code;
}

function taskSections(input: PlanDocxInput) {
  const { plan } = input;
  const out: (Paragraph | ReturnType<typeof dataTable>)[] = [];
  for (const s of plan.taskSections) {
    const depth = s.number.split('.').length;
    if (depth === 1) out.push(para(`${s.number}. ${s.title.toLocaleUpperCase('vi')}`, { bold: true, keepNext: true, before: 6 }));
    else out.push(body(`${localNumber(s.number)} ${s.title}`, { bold: true, keepNext: true }));
    for (const t of plan.tasks.filter((x) => x.number.slice(0, x.number.lastIndexOf('.')) === s.number)) {
      out.push(body(`${localNumber(t.number)} ${t.text}`));
    }
  }
  return out;
}

function assignmentTable(input: PlanDocxInput) {
  const { plan, unitNames } = input;
  const communes = (t: Task) =>
    t.communeUnitCodes.length === 0
      ? 'Toàn địa bàn'
      : t.communeUnitCodes.map((c) => unitNames?.get(c) ?? plan.communeTargets.find((x) => x.unitCode === c)?.name ?? c).join(', ');
  return dataTable(
    [
      { header: 'Số', width: 0.08, align: 'center' },
      { header: 'Nhiệm vụ', width: 0.4 },
      { header: 'Chủ trì', width: 0.16 },
      { header: 'Phối hợp', width: 0.14 },
      { header: 'Xã', width: 0.12 },
      { header: 'Thời hạn', width: 0.1, align: 'center' },
    ],
    plan.tasks.map((t) => [
      t.number,
      t.text,
      agencyName(plan, t.leadAgencyCode) || '—',
      t.cooperatingAgencyCodes.map((c) => agencyName(plan, c)).join(', ') || '—',
      communes(t),
      t.deadline ? formatDateVi(t.deadline) : 'Cả năm',
    ]),
    11,
  );
}

/** An illustrative (demo) plan says so under its title, with its notes on what is illustrative: never printed as real. */
const demoNotice = (plan: Plan) =>
  plan.demo
    ? [
        para('KẾ HOẠCH MINH HỌA (DEMO) — KHÔNG PHẢI VĂN BẢN THẬT', { bold: true, italics: true, align: 'center', after: 0 }),
        ...plan.notes.map((n) => para(n, { italics: true, size: 12, align: 'both', after: 0 })),
        para('', { after: 6 }),
      ]
    : [];

export function planDocument(input: PlanDocxInput) {
  const { plan } = input;
  const names = new Map(input.criteria.map((c) => [c.number, c.name]));
  const attached = `(Kèm theo Kế hoạch ${plan.documentNumber.number ?? '…'}/${plan.documentNumber.symbol})`;
  return officialDocument(`Kế hoạch ${plan.title}`, [
    heading({ authority: plan.issuingUnit.authority, number: plan.documentNumber, place: plan.place, date: plan.issuedOn }),
    ...title('Kế hoạch', plan.title),
    ...demoNotice(plan),
    ...plan.legalBases.map((b) => body(legalBasisLine(b), { italics: true })),
    ...(plan.preamble ? [body(plan.preamble)] : []),
    ...objectiveSection(plan, names),
    ...taskSections(input),
    ...(plan.closing ? [body(plan.closing)] : []),
    signatureBlock(
      plan.signer,
      plan.recipients.map((r) => r.name),
    ),
    ...sourceNotes(plan),
    new Paragraph({ children: [new PageBreak()] }),
    para(`PHỤ LỤC I: MỤC TIÊU CỦA TỪNG XÃ NĂM ${plan.year}`, { bold: true, align: 'center', after: 0 }),
    para(attached, { italics: true, align: 'center' }),
    targetTable(input, names),
    new Paragraph({ children: [new PageBreak()] }),
    para('PHỤ LỤC II: PHÂN CÔNG THỰC HIỆN NHIỆM VỤ', { bold: true, align: 'center', after: 0 }),
    para(attached, { italics: true, align: 'center' }),
    assignmentTable(input),
    // The money is the data's, not the plan's text: an appendix, so the body stays what the plan says.
    ...(input.funding
      ? [
          new Paragraph({ children: [new PageBreak()] }),
          ...planFundingSection(input.funding, `PHỤ LỤC III: KINH PHÍ THỰC HIỆN NĂM ${plan.year}`),
        ]
      : []),
  ]);
}

/** The plan as .docx bytes. */
export const planDocx = (input: PlanDocxInput): Promise<Buffer> => Packer.toBuffer(planDocument(input));
