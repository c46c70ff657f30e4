/**
 * Gathers the commune's self-assessment report (báo cáo kết quả thực hiện xây dựng NTM) for a date and a
 * tier: the set of that tier that applies to the commune on the date, the engine's evaluation on the
 * values verified by then (unverified ones printed as claims), each indicator's evidence, and the
 * formal parts of the document (issued by the commune's people's committee, dated the assessment date
 * unless another date is given).
 */
import { evidenceRepository } from '../../db/repositories/evidence.repository.js';
import { unitRepository } from '../../db/repositories/unit.repository.js';
import type { SelfAssessmentInput } from '../../documents/recognition/inputs.js';
import { selfAssessmentDocx } from '../../documents/recognition/self-assessment-docx.js';
import { AppError } from '../../domain/errors.js';
import { evaluateCommune } from '../../domain/evaluation/engine.js';
import type { IndicatorValue } from '../../domain/evaluation/evaluation.types.js';
import { formatDateVi, isRealIsoDate } from '../../domain/text/vietnamese.js';
import { ancestorsOf } from '../access.js';
import { getCompiledSet } from '../catalog.service.js';
import type { ServiceContext } from '../context.js';
import { evaluateUnit } from '../evaluation.service.js';
import { assignedSets } from '../set-assignment.js';
import { getUnit } from '../unit.service.js';
import { criterionLines, type ValueInForce } from './self-assessment-lines.js';

export interface SelfAssessmentOptions {
  /** The report's own date (ISO); the assessment date when absent. */
  issuedOn?: string | undefined;
  /** The recognition year asked for; the assessment date's year when absent. */
  year?: number | undefined;
}

const badDate = (path: string, value: string) =>
  new AppError(
    'recognition_doc.invalid',
    'invalid',
    { vi: `Ngày "${value}" không hợp lệ; nhập theo dạng YYYY-MM-DD`, en: `"${value}" is not a date; use YYYY-MM-DD` },
    [{ path, message: value }],
  );

/** The set of `tier` assigned to the commune (or its nearest ancestor) on `asOf`. */
async function setOfTier(ctx: ServiceContext, unit: { code: string; name: string }, asOf: string, tier: string) {
  const ex = ctx.database.db;
  const chain = await unitRepository.getMany(ex, [unit.code, ...(await ancestorsOf(ctx, unit.code))]);
  const row = chain.find((u) => u.code === unit.code);
  const sets = row ? ((await assignedSets(ex, [row], new Map(chain.map((u) => [u.code, u])), asOf)).get(row.code) ?? []) : [];
  const found = sets.find((s) => s.tier === tier);
  if (found) return found.setCode;
  throw new AppError(
    'evaluation.no_criteria_set',
    'invalid',
    {
      vi: `Xã ${unit.name} không có bộ tiêu chí hạng "${tier}" áp dụng vào ngày ${formatDateVi(asOf)}${sets.length ? `; các hạng có: ${sets.map((s) => s.tier).join(', ')}` : ''}`,
      en: `No criteria set of tier "${tier}" applies to ${unit.name} on ${asOf}${sets.length ? `; tiers available: ${sets.map((s) => s.tier).join(', ')}` : ''}`,
    },
    [{ path: 'tier', message: tier }],
  );
}

export async function buildSelfAssessmentInput(
  ctx: ServiceContext,
  unitCode: string,
  asOf: string,
  tier: string,
  options: SelfAssessmentOptions = {},
): Promise<SelfAssessmentInput> {
  if (!isRealIsoDate(asOf)) throw badDate('date', asOf);
  const issuedOn = options.issuedOn ?? asOf;
  if (!isRealIsoDate(issuedOn)) throw badDate('issuedOn', issuedOn);
  const unit = await getUnit(ctx, unitCode);
  if (unit.kind !== 'commune') {
    throw new AppError(
      'recognition_doc.not_a_commune',
      'invalid',
      {
        vi: `${unit.name} không phải là xã: báo cáo kết quả xây dựng NTM chỉ lập cho xã`,
        en: `${unit.name} is not a commune; the report is for communes only`,
      },
      [{ path: 'unit', message: unit.code }],
    );
  }
  const setCode = await setOfTier(ctx, unit, asOf, tier);
  // Authorizes (read scope of the unit), checks the unit existed on the date, and reads the values in force.
  const { set, evaluation, recorded, demoValues } = await evaluateUnit(ctx, { unitCode: unit.code, asOf, setCode });
  const values = new Map<string, ValueInForce>(
    recorded.map((r) => [r.indicatorCode, { value: r.value, asOf: r.asOf, verification: r.verification }]),
  );
  const verified: Record<string, IndicatorValue | null> = {};
  for (const [code, v] of values) if (v.verification === 'verified') verified[code] = v.value;
  const verifiedOnly = evaluateCommune(await getCompiledSet(ctx, setCode), evaluation.profile, asOf, verified);
  const files = await evidenceRepository.forUnit(ctx.database.db, unit.code, setCode);
  return {
    issuer: { bodyName: `Ủy ban nhân dân xã ${unit.name}`, parentBodyName: null, place: unit.name, documentNumber: null, date: issuedOn },
    unitName: unit.name,
    setName: set.name,
    asOf,
    tierName: set.tierName,
    year: options.year ?? Number(asOf.slice(0, 4)),
    criteria: criterionLines(set, verifiedOnly, values, files),
    metCount: verifiedOnly.metCount,
    totalCount: verifiedOnly.criteriaCount,
    demo: demoValues || set.demo === true,
  };
}

/** The report as a .docx download: "bao-cao-ket-qua-24703-ntm-2022-12-31.docx". */
export async function selfAssessmentDocxFile(
  ctx: ServiceContext,
  input: { unitCode: string; asOf: string; tier: string } & SelfAssessmentOptions,
) {
  const data = await buildSelfAssessmentInput(ctx, input.unitCode, input.asOf, input.tier, input);
  return {
    buffer: await selfAssessmentDocx(data),
    filename: `bao-cao-ket-qua-${input.unitCode}-${input.tier}-${input.asOf}.docx`,
    input: data,
  };
}
