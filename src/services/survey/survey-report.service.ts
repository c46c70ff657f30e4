/**
 * Contract B: the survey report (.docx) of a round, from its stored figures — dated the day its
 * results were compiled (blank day and month while the round is still open), signed for the Ban
 * Thường trực of the commune's Ủy ban MTTQ (the name is left to be written by hand).
 */
import { builtinSets } from '../../catalog/index.js';
import { surveyRules } from '../../catalog/surveys/index.js';
import { surveyReportDocx as writeDocx } from '../../documents/recognition/survey-report-docx.js';
import { normalizeForSearch } from '../../domain/text/vietnamese.js';
import type { ServiceContext } from '../context.js';
import { getRound } from './survey-read.service.js';

const tierName = (tier: string) => builtinSets().find((s) => s.tier === tier)?.tierName ?? 'Xã nông thôn mới';

export async function surveyReportDocx(ctx: ServiceContext, roundId: string): Promise<{ bytes: Buffer; fileName: string }> {
  const r = await getRound(ctx, roundId);
  const forms = surveyRules().forms;
  const rule = r.rule;
  const date = r.endsOn
    ? { year: Number(r.endsOn.slice(0, 4)), month: Number(r.endsOn.slice(5, 7)), day: Number(r.endsOn.slice(8, 10)) }
    : { year: Number(r.startsOn.slice(0, 4)), month: null, day: null };
  const threshold = (label: string, v: NonNullable<typeof rule>['participationMin'] | undefined, rate: typeof r.result.participation) => ({
    label,
    value: v?.value ?? null,
    verified: v?.provenance.verified ?? false,
    source: v?.provenance.source ?? 'không có quy định áp dụng',
    rate,
  });
  const bytes = await writeDocx({
    authority: `Ủy ban MTTQ Việt Nam xã ${r.unitName}`,
    number: { number: null, symbol: 'BC-MTTQ' },
    place: r.unitName,
    date,
    unitName: r.unitName,
    tierName: tierName(r.purpose),
    year: r.year,
    ruleName: rule?.name ?? 'không có quy định áp dụng cho ngày bắt đầu',
    ballot: r.ballot,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    forms: r.forms.map((f) => forms.find((x) => x.code === f)?.name ?? f),
    limit: {
      workingDays: r.timing.limitWorkingDays,
      used: r.timing.workingDaysUsed,
      exceeded: r.timing.exceeded,
      verified: r.timing.limitProvenance?.verified ?? false,
    },
    hamlets: r.result.hamlets.map((h) => ({ ...h, returned: h.returned.total })),
    totals: r.result,
    items: r.result.items,
    thresholds: [
      threshold('Tỷ lệ hộ tham gia (phiếu thu về / số hộ)', rule?.participationMin, r.result.participation),
      threshold('Tỷ lệ hài lòng chung (số ý kiến hài lòng / tổng số ý kiến)', rule?.satisfactionMin, r.result.satisfaction),
    ],
    state: r.condition.state,
    reasons: r.condition.reasons.map((x) => x.vi),
    published: r.published,
    signer: { onBehalf: 'TM. Ban Thường trực', position: 'Chủ tịch', name: ' ' },
    recipients: [`Ban Thường trực Ủy ban MTTQ Việt Nam cấp trên`, `UBND xã ${r.unitName}`, 'Lưu: VT'],
    demo: r.demo,
  });
  const slug = normalizeForSearch(r.unitName).replace(/[^a-z0-9]+/g, '-');
  return { bytes, fileName: `bao-cao-lay-y-kien-hai-long-${slug}-${r.year}.docx` };
}
