/**
 * A plan's targets and progress, and its tasks, as .xlsx: sheet "Mục tiêu" has one row per commune
 * target (criteria committed, met at the start, met now, state, at-risk criteria), sheet "Nhiệm vụ" one
 * row per task with its lead and cooperating agencies, communes, deadline, status and whether it is overdue.
 */
import ExcelJS from 'exceljs';
import type { Plan } from '../domain/plan/plan.schema.js';
import type { PlanProgress, TargetState } from '../domain/plan/plan-progress.js';
import type { TaskStatus } from '../domain/plan/plan-task.schema.js';
import { formatDateVi } from '../domain/text/vietnamese.js';
import { targetGoal } from './plan-docx.js';
import { DATE_FORMAT, dateCell, writeTable } from './xlsx-cells.js';
import { numberPages } from './xlsx-page-numbers.js';

export const STATE_VI: Record<TargetState, string> = {
  done: 'Đã đạt',
  on_track: 'Đúng tiến độ',
  at_risk: 'Có nguy cơ',
  missed: 'Không đạt',
};
export const TASK_STATUS_VI: Record<TaskStatus, string> = {
  not_started: 'Chưa bắt đầu',
  in_progress: 'Đang thực hiện',
  done: 'Hoàn thành',
  cancelled: 'Hủy',
};

export interface PlanSheetInput {
  plan: Plan;
  /** Where the plan stands; null when no evaluation is available (targets only). */
  progress: PlanProgress | null;
  metAtStart: ReadonlyMap<string, number>;
  /** Criteria met now per commune (from the board), when known. */
  metNow: ReadonlyMap<string, number>;
  asOf: string;
}

export function planWorkbook(input: PlanSheetInput): ExcelJS.Workbook {
  const { plan, progress } = input;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Nông thôn mới';
  const targets = wb.addWorksheet('Mục tiêu');
  writeTable(
    targets,
    [
      { header: 'Mã xã', width: 10 },
      { header: 'Xã', width: 20 },
      { header: `Tiêu chí đăng ký năm ${plan.year}`, width: 24, wrap: true },
      { header: 'Số tiêu chí đăng ký', width: 12 },
      { header: 'Đạt đầu năm', width: 10 },
      { header: `Đạt đến ${formatDateVi(input.asOf)}`, width: 12 },
      { header: 'Mục tiêu', width: 30, wrap: true },
      { header: 'Tình trạng', width: 14 },
      { header: 'Tiêu chí đã đạt trong số đăng ký', width: 18, wrap: true },
      { header: 'Tiêu chí có nguy cơ', width: 18, wrap: true },
    ],
    plan.communeTargets.map((t) => {
      const p = progress?.targets.find((x) => x.unitCode === t.unitCode);
      const list = (s: TargetState[]) =>
        p?.criteria
          .filter((c) => s.includes(c.state))
          .map((c) => c.number)
          .join(', ') || null;
      return [
        t.unitCode,
        t.name,
        t.criteria.join(', '),
        t.criteria.length,
        input.metAtStart.get(t.unitCode) ?? null,
        input.metNow.get(t.unitCode) ?? null,
        targetGoal(t, plan.year),
        p ? STATE_VI[p.state] : null,
        list(['done']),
        list(['at_risk', 'missed']),
      ];
    }),
    2,
  );
  const tasks = wb.addWorksheet('Nhiệm vụ');
  const agency = (code: string | null) => (code === null ? null : (plan.agencies.find((a) => a.code === code)?.name ?? code));
  const communeName = (code: string) => plan.communeTargets.find((t) => t.unitCode === code)?.name ?? code;
  writeTable(
    tasks,
    [
      { header: 'Số', width: 9 },
      { header: 'Nhiệm vụ', width: 70, wrap: true },
      { header: 'Cơ quan chủ trì', width: 26, wrap: true },
      { header: 'Cơ quan phối hợp', width: 26, wrap: true },
      { header: 'Xã', width: 22, wrap: true },
      { header: 'Tiêu chí', width: 14, wrap: true },
      { header: 'Thời hạn', width: 12, numFmt: DATE_FORMAT },
      { header: 'Trạng thái', width: 16 },
      { header: 'Quá hạn', width: 9 },
    ],
    plan.tasks.map((t) => [
      t.number,
      t.text,
      agency(t.leadAgencyCode),
      t.cooperatingAgencyCodes.map(agency).join(', ') || null,
      t.communeUnitCodes.length === 0 ? 'Toàn địa bàn' : t.communeUnitCodes.map(communeName).join(', '),
      t.criteria.join(', ') || null,
      dateCell(t.deadline),
      TASK_STATUS_VI[t.status],
      t.deadline !== null && t.deadline < input.asOf && t.status !== 'done' && t.status !== 'cancelled' ? 'Có' : null,
    ]),
    1,
  );
  return wb;
}

export const planXlsx = async (input: PlanSheetInput) => Buffer.from(await numberPages(planWorkbook(input)).xlsx.writeBuffer());
