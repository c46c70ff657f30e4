/**
 * The generated checklist documents, written from the dossier's data by seam C's pure generators
 * (and the survey report by seam B): each input is gathered here — the bodies that issue it on its
 * date (the district before 1/7/2025, the province after), the criteria, conditions, meeting, findings.
 */
import { unitRepository } from '../../db/repositories/unit.repository.js';
import {
  appraisalReportDocx,
  eligibleListDocx,
  type Issuer,
  meetingMinutesDocx,
  type RequestInput,
  requestDocx,
  selfAssessmentDocx,
} from '../../documents/recognition/index.js';
import type { Condition } from '../../domain/dossier/conditions.js';
import type { Generator } from '../../domain/dossier/procedure.schema.js';
import { actorRuleOn, stepOf } from '../../domain/dossier/state-machine.js';
import { invalid } from '../../domain/errors.js';
import { ancestorsOf } from '../access.js';
import { getSet } from '../catalog.service.js';
import type { ServiceContext } from '../context.js';
import { buildSelfAssessmentInput } from '../recognition-docs/self-assessment.service.js';
import { surveyReportDocx } from '../survey/survey-report.service.js';
import type { LoadedDossier } from './dossier-access.js';
import { conditionsOf } from './dossier-conditions.js';
import { appraisalRound, latestDocuments, readDossierParts, recordOf } from './dossier-snapshot.js';

const STATE_VI: Record<Condition['state'], string> = { met: 'Đạt', not_met: 'Không đạt', unknown: 'Chưa xác định', missing: 'Chưa có' };

/** The commune, its district (if any on the tree) and its province, by name. */
async function bodies(ctx: ServiceContext, unitCode: string) {
  const chain = await unitRepository.getMany(ctx.database.db, [unitCode, ...(await ancestorsOf(ctx, unitCode))]);
  const find = (kind: string) => chain.find((u) => u.kind === kind) ?? null;
  const commune = chain.find((u) => u.code === unitCode);
  return { commune: commune?.name ?? unitCode, district: find('district')?.name ?? null, province: find('province')?.name ?? null };
}

const communeIssuer = (b: Awaited<ReturnType<typeof bodies>>, date: string): Issuer => ({
  bodyName: `Ủy ban nhân dân xã ${b.commune}`,
  parentBodyName: b.district ? `Ủy ban nhân dân huyện ${b.district}` : null,
  place: b.commune,
  documentNumber: null,
  date,
});

/** The reviewing body on the date: the district before 1/7/2025 where the procedure says so, else the province. */
function reviewerIssuer(loaded: LoadedDossier, b: Awaited<ReturnType<typeof bodies>>, date: string): Issuer {
  const rule = actorRuleOn(stepOf(loaded.procedure, 'appraisal'), date);
  const byDistrict = rule?.roles.includes('district_office') && b.district !== null;
  return byDistrict
    ? {
        bodyName: `Ủy ban nhân dân huyện ${b.district}`,
        parentBodyName: b.province ? `Ủy ban nhân dân tỉnh ${b.province}` : null,
        place: b.district ?? '',
        documentNumber: null,
        date,
      }
    : {
        bodyName: `Ủy ban nhân dân tỉnh ${b.province ?? ''}`.trim(),
        parentBodyName: null,
        place: b.province ?? '',
        documentNumber: null,
        date,
      };
}

const conditionLines = (cs: readonly Condition[]): RequestInput['conditions'] =>
  cs.map((c) => ({ name: c.name.vi, stateLabel: STATE_VI[c.state], evidence: c.evidence.map((e) => e.label).join('; ') || null }));

const fileNameOf = (generator: Generator, unitCode: string, year: number, on: string) =>
  `${generator.replaceAll('_', '-')}-${unitCode}-${year}-${on}.docx`;

export async function generateDocument(
  ctx: ServiceContext,
  loaded: LoadedDossier,
  generator: Generator,
  on: string,
): Promise<{ bytes: Buffer; fileName: string }> {
  const { row } = loaded;
  const b = await bodies(ctx, row.unitCode);
  const set = await getSet(ctx, row.setCode);
  const parts = await readDossierParts(ctx.database.db, row.id);
  const cond = await conditionsOf(ctx, row, on);
  const met = cond.checks.filter((c) => c.status === 'met').length;
  const base = { unitName: b.commune, tierName: set.tierName, year: row.year };
  const fileName = fileNameOf(generator, row.unitCode, row.year, on);
  switch (generator) {
    case 'self_assessment': {
      const input = await buildSelfAssessmentInput(ctx, row.unitCode, row.assessmentDate, row.tier, { issuedOn: on, year: row.year });
      return { bytes: await selfAssessmentDocx({ ...input, issuer: communeIssuer(b, on) }), fileName };
    }
    case 'request': {
      const present = latestDocuments(parts);
      const attachments = loaded.procedure.steps
        .flatMap((s) => s.documents)
        .filter((d) => d.code !== 'request' && present.has(d.code))
        .map((d) => d.name);
      const reviewer = reviewerIssuer(loaded, b, on);
      return {
        bytes: await requestDocx({
          issuer: communeIssuer(b, on),
          recipientBodyName: reviewer.bodyName,
          ...base,
          metCount: met,
          totalCount: cond.checks.length,
          conditions: conditionLines(cond.conditions),
          attachments,
          signerTitle: 'Chủ tịch',
          signerName: null,
        }),
        fileName,
      };
    }
    case 'meeting_minutes': {
      const m = recordOf(parts, 'meeting');
      if (!m)
        throw invalid('dossier.no_meeting', { vi: 'Chưa ghi cuộc họp nên chưa lập được biên bản', en: 'No meeting recorded' }, [
          { path: 'meeting', message: 'bắt buộc / required' },
        ]);
      return {
        bytes: await meetingMinutesDocx({
          issuer: communeIssuer(b, m.heldOn),
          ...base,
          meetingDate: m.heldOn,
          place: m.place,
          chair: m.chair,
          secretary: m.secretary,
          attendees: m.attendees,
          totalMembers: m.totalMembers,
          agreeing: m.agreeing,
          content: m.content,
        }),
        fileName,
      };
    }
    case 'appraisal_report': {
      const a = recordOf(parts, 'appraisal');
      const round = appraisalRound(parts);
      const findings = parts.findings.filter((f) => f.round === round);
      if (!a || findings.length === 0)
        throw invalid('dossier.no_findings', { vi: 'Chưa ghi kết quả thẩm tra nên chưa lập được báo cáo', en: 'No appraisal recorded' }, [
          { path: 'findings', message: 'bắt buộc / required' },
        ]);
      const names = new Map(set.criteria.map((c) => [String(c.number), c.name]));
      return {
        bytes: await appraisalReportDocx({
          issuer: reviewerIssuer(loaded, b, a.appraisedOn),
          ...base,
          appraisalDate: a.appraisedOn,
          findings: findings.map((f) => ({
            criterionCode: f.criterionCode,
            criterionName: names.get(f.criterionCode) ?? f.criterionCode,
            resultLabel: f.result === 'met' ? 'Đạt' : 'Chưa đạt',
            finding: f.finding,
          })),
          conclusion: a.conclusion,
          reasons: a.reasons,
          conditions: conditionLines(cond.conditions),
        }),
        fileName,
      };
    }
    case 'eligible_list': {
      if (recordOf(parts, 'appraisal')?.conclusion !== 'eligible')
        throw invalid(
          'dossier.not_eligible',
          { vi: 'Kết luận thẩm tra chưa là "đủ điều kiện" nên xã chưa vào danh sách', en: 'The appraisal did not conclude eligible' },
          [{ path: 'appraisal', message: 'eligible' }],
        );
      return {
        bytes: await eligibleListDocx({
          issuer: reviewerIssuer(loaded, b, on),
          tierName: set.tierName,
          year: row.year,
          communes: [
            {
              unitName: b.commune,
              metCount: met,
              totalCount: cond.checks.length,
              satisfactionRate: cond.survey.satisfactionRate,
              note: row.demo ? 'Dữ liệu minh họa (demo)' : null,
            },
          ],
        }),
        fileName,
      };
    }
    case 'survey_report': {
      if (!cond.survey.roundId)
        throw invalid(
          'dossier.no_survey',
          { vi: 'Chưa có đợt lấy ý kiến sự hài lòng đã kết thúc nên chưa lập được báo cáo', en: 'No finished survey round' },
          [{ path: 'survey', message: 'bắt buộc / required' }],
        );
      const report = await surveyReportDocx(ctx, cond.survey.roundId);
      return { bytes: report.bytes, fileName: report.fileName };
    }
  }
}
