/** The periodic report read back: the period, each target's state, the board, overdue tasks, supervision findings, a chart. */
import { describe, expect, it } from 'vitest';
import { builtinSets } from '../../src/catalog/index.js';
import { krongNoPlan2022, krongNoPlanBaseline2022 } from '../../src/catalog/plans/index.js';
import { reportDocx } from '../../src/documents/report-docx.js';
import { type PeriodicReportInput, periodVi, reportPeriod } from '../../src/documents/report-input.js';
import { planProgress } from '../../src/domain/plan/plan-progress.js';
import { docxParagraphs, docxParts } from './docx-text.js';

const plan = krongNoPlan2022();
const baseline = krongNoPlanBaseline2022();
const set = builtinSets().find((s) => s.code === plan.criteriaSetCode);
if (!set) throw new Error('set');

describe('report periods', () => {
  it('knows the first and last day and the Vietnamese name of each period', () => {
    expect(reportPeriod('month', 2024, 2)).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
    expect(reportPeriod('quarter', 2022, 3)).toMatchObject({ from: '2022-07-01', to: '2022-09-30' });
    expect(reportPeriod('half', 2022, 2)).toMatchObject({ from: '2022-07-01', to: '2022-12-31' });
    expect(reportPeriod('year', 2022)).toMatchObject({ from: '2022-01-01', to: '2022-12-31' });
    expect(reportPeriod('quarter', 2022, 5)).toBeNull();
    expect(periodVi({ kind: 'quarter', year: 2022, index: 2 })).toBe('quý II năm 2022');
    expect(periodVi({ kind: 'half', year: 2022, index: 1 })).toBe('6 tháng đầu năm 2022');
    expect(periodVi({ kind: 'month', year: 2022, index: 9 })).toBe('tháng 9 năm 2022');
  });
});

describe('the periodic report as .docx', () => {
  it('says what the data says', async () => {
    const asOf = '2022-09-30';
    const now = baseline.communes.map((c) => ({
      unitCode: c.unitCode,
      now: baseline.criterionNumbers.map((n) => ({
        number: n,
        status: c.met.includes(n) || (c.unitCode === '24692' && n === 9) ? ('met' as const) : ('not_met' as const),
        metIndicators: 0,
      })),
    }));
    const progress = planProgress(plan, baseline, now, asOf);
    const tasks = plan.tasks.slice(0, 3).map((t, i) => ({
      number: t.number,
      text: t.text,
      lead: i === 0 ? 'Văn phòng nông thôn mới huyện' : null,
      deadline: i === 1 ? '2022-06-30' : null,
      status: i === 2 ? ('done' as const) : ('in_progress' as const),
      overdue: i === 1,
    }));
    const input: PeriodicReportInput = {
      period: reportPeriod('quarter', 2022, 3) as NonNullable<ReturnType<typeof reportPeriod>>,
      authority: 'Ủy ban nhân dân huyện Krông Nô',
      areaName: 'huyện Krông Nô',
      documentNumber: { number: '123', symbol: 'BC-UBND' },
      place: 'Krông Nô',
      issuedOn: { year: 2022, month: 10, day: 5 },
      criteria: set.criteria,
      board: {
        asOf,
        rows: baseline.communes.map((c) => ({
          unitCode: c.unitCode,
          name: c.name,
          criteria: baseline.criterionNumbers.map((n) => (c.met.includes(n) ? 'met' : 'not_met')),
          metCount: c.met.length,
          tier: c.recognisedTier,
          metAtStart: c.met.length,
        })),
        averageMet: 17.2,
        demo: true,
      },
      plan: { title: plan.title, year: plan.year, targets: plan.communeTargets, progress },
      tasks,
      supervision: [
        {
          date: '2022-08-12',
          unitName: 'Nam Xuân',
          by: 'Ủy ban MTTQ huyện',
          findings: 'Nhà tạm còn 2 hộ',
          followUp: 'Hỗ trợ xây nhà trước 30/11',
        },
      ],
      signer: plan.signer,
      recipients: ['Văn phòng Điều phối NTM tỉnh', 'Lưu: VT'],
    };
    const buf = await reportDocx(input);
    const paras = await docxParagraphs(buf);
    const text = paras.join('\n');
    expect(paras).toContain('Số: 123/BC-UBND');
    expect(paras).toContain('Krông Nô, ngày 05 tháng 10 năm 2022');
    expect(text).toContain('quý III năm 2022');
    expect(text).toContain(`Trong ${progress.targets.length} mục tiêu của các xã: ${progress.counts.done} đã đạt`);
    expect(text).toContain('bình quân 17,2 tiêu chí/xã');
    expect(text).toContain('Tổng số 3 nhiệm vụ: 1 hoàn thành, 1 quá hạn.');
    expect(paras).toContain('Đang thực hiện (quá hạn)');
    expect(paras).toContain('Nhà tạm còn 2 hộ');
    expect(paras).toContain('Hỗ trợ xây nhà trước 30/11');
    expect(text).toContain('(Số liệu minh họa.)');
    expect(paras).toContain('- Lưu: VT.');
    expect(paras).toContain('Nguyễn Xuân Danh');
    expect((await docxParts(buf)).filter((p) => /^word\/media\/.+\.png$/.test(p))).toHaveLength(1);
  });
});
