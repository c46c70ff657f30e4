/**
 * The periodic report (báo cáo tháng, quý, 6 tháng, năm) as a .docx in the format of Nghị định
 * 30/2020/NĐ-CP: results against each target of the plan, criteria per commune with a chart, tasks done
 * and overdue, supervision findings, then the signature block and recipients. Every number comes from
 * the input; a section with no data says so rather than being left out.
 */
import { ImageRun, Packer, Paragraph } from 'docx';
import { formatDateVi, formatNumberVi } from '../domain/text/vietnamese.js';
import { tierVi } from './board-xlsx.js';
import { barChartPng } from './chart-png.js';
import { body, heading, officialDocument, para, signatureBlock, TEXT_WIDTH, title } from './docx-format.js';
import { type CellText, dataTable } from './docx-table.js';
import { reportFundingSection } from './funding/funding-docx.js';
import { STATE_VI, TASK_STATUS_VI } from './plan-xlsx.js';
import { type PeriodicReportInput, periodVi } from './report-input.js';
import { titleCellVi } from './title-cell.js';

const n = (x: number) => formatNumberVi(x, 2);

/** Why a criterion not met is listed: missing values, or values of an earlier year (with their date). */
function criterionNote(r: PeriodicReportInput['board']['rows'][number], k: number) {
  const s = r.criteria[k];
  if (s === 'incomplete') return ' (thiếu số liệu)';
  if (s !== 'outdated') return '';
  const d = r.valueDates?.[k];
  return d ? ` (chưa cập nhật, số liệu ngày ${formatDateVi(d)})` : ' (chưa cập nhật)';
}

/** Criteria resting only on values of an earlier year are said apart: neither met nor not met. */
function outdatedSentence(input: PeriodicReportInput) {
  const { board } = input;
  const count = board.rows.reduce((k, r) => k + r.criteria.filter((s) => s === 'outdated').length, 0);
  if (count === 0) return [];
  const communes = board.rows.filter((r) => r.criteria.includes('outdated')).length;
  return [
    body(
      `Có ${count} tiêu chí ở ${communes} xã chưa cập nhật: chỉ có số liệu của năm trước năm ${board.asOf.slice(0, 4)}, ` +
        'không tính là đạt cũng không tính là chưa đạt.',
    ),
  ];
}

function criteriaSection(input: PeriodicReportInput, names: ReadonlyMap<number, string>) {
  const { board } = input;
  const full = board.rows.filter((r) => r.metCount === input.criteria.length).length;
  const out: (Paragraph | ReturnType<typeof dataTable>)[] = [
    para('II. KẾT QUẢ THỰC HIỆN TIÊU CHÍ CỦA TỪNG XÃ', { bold: true, keepNext: true, before: 6 }),
    body(
      `Đến ngày ${formatDateVi(board.asOf)}, ${input.areaName} có ${board.rows.length} xã được đánh giá; ${full} xã đạt đủ ${input.criteria.length} tiêu chí; ` +
        `bình quân ${board.averageMet === null ? '—' : n(board.averageMet)} tiêu chí/xã.${board.demo ? ' (Số liệu minh họa.)' : ''}`,
    ),
    ...outdatedSentence(input),
  ];
  if (board.rows.length > 0) {
    const withStart = board.rows.some((r) => r.metAtStart !== undefined);
    out.push(
      dataTable(
        [
          { header: 'STT', width: 0.07, align: 'center' },
          { header: 'Xã', width: 0.18 },
          ...(withStart ? [{ header: 'Đạt đầu năm', width: 0.1, align: 'center' as const }] : []),
          { header: 'Số tiêu chí đạt', width: 0.1, align: 'center' },
          { header: 'Tiêu chí chưa đạt', width: withStart ? 0.25 : 0.35 },
          { header: 'Kết quả đánh giá', width: 0.12 },
          { header: 'Công nhận', width: 0.18 },
        ],
        board.rows.map((r, i): CellText[] => [
          i + 1,
          r.name,
          ...(withStart ? [r.metAtStart ?? null] : []),
          r.metCount,
          input.criteria
            .filter((_, k) => r.criteria[k] !== 'met')
            .map((c) => `${c.number}. ${names.get(c.number)}${criterionNote(r, input.criteria.indexOf(c))}`)
            .join('\n') || '—',
          tierVi(r.tier),
          titleCellVi(r.titles),
        ]),
      ),
    );
    const png = barChartPng({
      title: `Số tiêu chí đạt của từng xã đến ${formatDateVi(board.asOf)}`,
      categories: board.rows.map((r) => r.name),
      series: [
        ...(withStart ? [{ name: 'Đầu năm', values: board.rows.map((r) => r.metAtStart ?? 0), color: '#9fb3c8' }] : []),
        { name: 'Hiện tại', values: board.rows.map((r) => r.metCount), color: '#1c7ed6' },
      ],
      mark: { value: input.criteria.length, label: `${input.criteria.length} tiêu chí` },
    });
    const w = Math.round((TEXT_WIDTH / 1440) * 96);
    out.push(
      new Paragraph({
        alignment: 'center',
        spacing: { before: 120, after: 120 },
        children: [new ImageRun({ type: 'png', data: png, transformation: { width: w, height: Math.round((w * 420) / 900) } })],
      }),
      para(`Biểu đồ: số tiêu chí đạt của từng xã`, { italics: true, align: 'center', size: 12 }),
    );
  }
  return out;
}

function targetSection(input: PeriodicReportInput, names: ReadonlyMap<number, string>) {
  const out: (Paragraph | ReturnType<typeof dataTable>)[] = [
    para('I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU CỦA KẾ HOẠCH', { bold: true, keepNext: true, before: 6 }),
  ];
  const { plan } = input;
  if (!plan) return [...out, body(`Chưa có kế hoạch năm ${input.period.year} cho ${input.areaName}.`)];
  const p = plan.progress;
  const f = p.forecast;
  out.push(
    body(`Kế hoạch ${plan.title.charAt(0).toLocaleLowerCase('vi')}${plan.title.slice(1)}.`),
    body(
      `Trong ${p.targets.length} mục tiêu của các xã: ${p.counts.done} đã đạt, ${p.counts.on_track} đúng tiến độ, ` +
        `${p.counts.at_risk} có nguy cơ không đạt, ${p.counts.missed} không đạt.`,
    ),
    body(
      `Bình quân hiện nay ${n(f.current.all.average)} tiêu chí/xã (trên ${f.current.all.count} xã); dự báo cuối năm ${n(f.forecast.all.average)}; ` +
        `nếu hoàn thành mọi tiêu chí đăng ký: ${n(f.ifAllMet.all.average)}` +
        (p.statedAverage !== null ? `; kế hoạch đề ra ${n(p.statedAverage)} tiêu chí/xã.` : '.'),
    ),
    dataTable(
      [
        { header: 'STT', width: 0.07, align: 'center' },
        { header: 'Xã', width: 0.17 },
        { header: 'Tiêu chí đăng ký', width: 0.3 },
        { header: 'Đã đạt', width: 0.14 },
        { header: 'Có nguy cơ / chưa đạt', width: 0.16 },
        { header: 'Tình trạng', width: 0.16 },
      ],
      p.targets.map((t, i): CellText[] => {
        const committed = plan.targets.find((x) => x.unitCode === t.unitCode)?.criteria ?? [];
        const pick = (states: string[]) =>
          t.criteria
            .filter((c) => states.includes(c.state))
            .map((c) => c.number)
            .join(', ') || '—';
        return [
          i + 1,
          t.name,
          committed.length > 0 ? committed.map((c) => `${c}. ${names.get(c) ?? ''}`).join('\n') : 'Duy trì',
          pick(['done']),
          pick(['at_risk', 'missed']),
          STATE_VI[t.state],
        ];
      }),
    ),
  );
  return out;
}

function taskSection(input: PeriodicReportInput) {
  const done = input.tasks.filter((t) => t.status === 'done');
  const overdue = input.tasks.filter((t) => t.overdue);
  const out: (Paragraph | ReturnType<typeof dataTable>)[] = [
    para('III. THỰC HIỆN NHIỆM VỤ, GIẢI PHÁP', { bold: true, keepNext: true, before: 6 }),
    body(`Tổng số ${input.tasks.length} nhiệm vụ: ${done.length} hoàn thành, ${overdue.length} quá hạn.`),
  ];
  if (input.tasks.length > 0) {
    out.push(
      dataTable(
        [
          { header: 'Số', width: 0.09, align: 'center' },
          { header: 'Nhiệm vụ', width: 0.45 },
          { header: 'Chủ trì', width: 0.16 },
          { header: 'Thời hạn', width: 0.12, align: 'center' },
          { header: 'Trạng thái', width: 0.18 },
        ],
        input.tasks.map((t) => [
          t.number,
          t.text,
          t.lead ?? '—',
          t.deadline ? formatDateVi(t.deadline) : 'Cả năm',
          `${TASK_STATUS_VI[t.status]}${t.overdue ? ' (quá hạn)' : ''}`,
        ]),
        11,
      ),
    );
  }
  return out;
}

function supervisionSection(input: PeriodicReportInput) {
  const out: (Paragraph | ReturnType<typeof dataTable>)[] = [para('IV. KIỂM TRA, GIÁM SÁT', { bold: true, keepNext: true, before: 6 })];
  if (input.supervision.length === 0) return [...out, body(`Trong kỳ không có đợt kiểm tra, giám sát nào được ghi nhận.`)];
  return [
    ...out,
    body(`Trong kỳ có ${input.supervision.length} đợt kiểm tra, giám sát.`),
    dataTable(
      [
        { header: 'Ngày', width: 0.12, align: 'center' },
        { header: 'Xã', width: 0.15 },
        { header: 'Đơn vị giám sát', width: 0.18 },
        { header: 'Kết quả, phát hiện', width: 0.33 },
        { header: 'Kiến nghị, khắc phục', width: 0.22 },
      ],
      input.supervision.map((s) => [formatDateVi(s.date), s.unitName, s.by, s.findings, s.followUp ?? '—']),
      11,
    ),
  ];
}

export function reportDocument(input: PeriodicReportInput) {
  const names = new Map(input.criteria.map((c) => [c.number, c.name]));
  const when = periodVi(input.period);
  const summary = `Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới ${when} trên địa bàn ${input.areaName}`;
  return officialDocument(`Báo cáo ${summary}`, [
    heading({ authority: input.authority, number: input.documentNumber, place: input.place, date: input.issuedOn }),
    ...title('Báo cáo', summary),
    body(
      `Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, ${input.authority} báo cáo kết quả thực hiện ${when} ` +
        `(từ ngày ${formatDateVi(input.period.from)} đến ngày ${formatDateVi(input.period.to)}) như sau:`,
    ),
    ...targetSection(input, names),
    ...criteriaSection(input, names),
    ...taskSection(input),
    ...supervisionSection(input),
    ...reportFundingSection(input.funding, 'V. KẾT QUẢ HUY ĐỘNG VÀ GIẢI NGÂN VỐN'),
    body(`Trên đây là báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới ${when} của ${input.authority}./.`),
    signatureBlock(input.signer, input.recipients),
  ]);
}

export const reportDocx = (input: PeriodicReportInput): Promise<Buffer> => Packer.toBuffer(reportDocument(input));
