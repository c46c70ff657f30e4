/**
 * What a notice says, from its kind and the words stored with it (unit, plan and task names, counts,
 * reasons) — in Vietnamese and English, never a code or an id. Pure, so the server, its tests and the
 * web app say the same thing; stored parameters keep a notice readable after the subject changes.
 */
import { formatDateVi } from '../text/vietnamese.js';

export const NOTICE_KINDS = [
  'task_due_soon',
  'task_overdue',
  'task_update',
  'value_review',
  'value_verified',
  'value_returned',
  'plan_submitted',
  'plan_approved',
  'plan_returned',
  'supervision_assigned',
  'supervision_due_soon',
  'supervision_overdue',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** The words a notice is made from; each kind uses some of them. */
export interface NoticeParams {
  /** A plan named as "Kế hoạch năm 2022 của Ủy ban nhân dân huyện Krông Nô". */
  planYear?: number | null;
  authority?: string | null;
  taskNumber?: string;
  taskText?: string | null;
  dueOn?: string;
  /** A unit named as "xã Nâm Nung". */
  unitKind?: string;
  unitName?: string;
  asOf?: string;
  pending?: number;
  criteria?: number[];
  count?: number;
  items?: { indicatorCode: string; indicatorName: string; reason: string | null }[];
  note?: string | null;
  status?: string;
  authorName?: string;
  reportedOn?: string;
  visitedOn?: string;
  actionText?: string;
  agencyName?: string | null;
  deadline?: string | null;
}

const UNIT_VI: Record<string, string> = {
  province: 'tỉnh',
  district: 'huyện',
  commune: 'xã',
  town: 'thị trấn',
  ward: 'phường',
  'special-zone': 'đặc khu',
};
const UNIT_EN: Record<string, string> = { province: 'province', district: 'district', commune: 'commune', town: 'town', ward: 'ward' };
const STATUS_VI: Record<string, string> = {
  not_started: 'chưa bắt đầu',
  in_progress: 'đang thực hiện',
  done: 'hoàn thành',
  cancelled: 'hủy bỏ',
};
const STATUS_EN: Record<string, string> = { not_started: 'not started', in_progress: 'in progress', done: 'done', cancelled: 'cancelled' };

/** Cuts long free text (a task's content, a reason) to a readable length. */
export const shorten = (s: string | null | undefined, max = 90) => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
};

const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
const date = (iso: string | null | undefined) => (iso ? formatDateVi(iso) : '');
const unitVi = (p: NoticeParams) => `${UNIT_VI[p.unitKind ?? ''] ?? 'đơn vị'} ${p.unitName ?? ''}`.trim();
const unitEn = (p: NoticeParams) => `${UNIT_EN[p.unitKind ?? ''] ? `${UNIT_EN[p.unitKind ?? '']} ` : ''}${p.unitName ?? ''}`.trim();
const planVi = (p: NoticeParams) => `Kế hoạch năm ${p.planYear ?? ''} của ${p.authority ?? ''}`;
const planEn = (p: NoticeParams) => `the ${p.planYear ?? ''} plan of ${p.authority ?? ''}`;
const taskVi = (p: NoticeParams) => `Nhiệm vụ ${p.taskNumber ?? ''}${p.taskText ? ` “${shorten(p.taskText, 80)}”` : ''} (${planVi(p)})`;
const taskEn = (p: NoticeParams) => `Task ${p.taskNumber ?? ''}${p.taskText ? ` “${shorten(p.taskText, 80)}”` : ''} (${planEn(p)})`;
const values = (n: number) => `${n} giá trị chỉ tiêu`;
const valuesEn = (n: number) => `${n} indicator value${n === 1 ? '' : 's'}`;
const actionVi = (p: NoticeParams) => `Việc cần làm sau giám sát tại ${unitVi(p)} ngày ${date(p.visitedOn)}: “${shorten(p.actionText)}”`;
const actionEn = (p: NoticeParams) => `Follow-up of the supervision of ${unitEn(p)} on ${date(p.visitedOn)}: “${shorten(p.actionText)}”`;

function returnedItems(p: NoticeParams, lang: 'vi' | 'en') {
  const items = p.items ?? [];
  const shown = items
    .slice(0, 3)
    .map(
      (i) =>
        `${i.indicatorCode} ${shorten(i.indicatorName, 50)}${i.reason ? ` (${lang === 'vi' ? 'lý do' : 'reason'}: ${shorten(i.reason, 80)})` : ''}`,
    )
    .join('; ');
  const more = items.length > 3 ? (lang === 'vi' ? `; và ${items.length - 3} chỉ tiêu khác` : `; and ${items.length - 3} more`) : '';
  return `${shown}${more}`;
}

/** The notice's text in both languages. */
export function noticeText(kind: string, p: NoticeParams): { vi: string; en: string } {
  switch (kind as NoticeKind) {
    case 'task_overdue':
      return {
        vi: `${taskVi(p)} đã quá hạn ngày ${date(p.dueOn)} mà chưa hoàn thành.`,
        en: `${taskEn(p)} is past its deadline ${date(p.dueOn)} and not done.`,
      };
    case 'task_due_soon':
      return { vi: `${taskVi(p)} đến hạn ngày ${date(p.dueOn)}.`, en: `${taskEn(p)} is due on ${date(p.dueOn)}.` };
    case 'task_update': {
      const where = p.unitName ? ` tại ${unitVi(p)}` : '';
      const whereEn = p.unitName ? ` for ${unitEn(p)}` : '';
      return {
        vi: `${taskVi(p)}: ${p.authorName ?? ''} báo cáo tiến độ ngày ${date(p.reportedOn)}${where} — ${STATUS_VI[p.status ?? ''] ?? ''}: “${shorten(p.note)}”.`,
        en: `${taskEn(p)}: ${p.authorName ?? ''} reported progress on ${date(p.reportedOn)}${whereEn} — ${STATUS_EN[p.status ?? ''] ?? ''}: “${shorten(p.note)}”.`,
      };
    }
    case 'value_review':
      return (p.pending ?? 0) === 0
        ? {
            vi: `${cap(unitVi(p))}: không còn giá trị chỉ tiêu nào số liệu ngày ${date(p.asOf)} chờ xác minh.`,
            en: `${cap(unitEn(p))}: no indicator value as of ${date(p.asOf)} awaits review any more.`,
          }
        : {
            vi: `${cap(unitVi(p))}: ${values(p.pending ?? 0)} (tiêu chí ${(p.criteria ?? []).join(', ')}) số liệu ngày ${date(p.asOf)} chờ xác minh.`,
            en: `${cap(unitEn(p))}: ${valuesEn(p.pending ?? 0)} (criteria ${(p.criteria ?? []).join(', ')}) as of ${date(p.asOf)} await your review.`,
          };
    case 'value_verified':
      return {
        vi: `${cap(unitVi(p))}: ${values(p.count ?? 0)} số liệu ngày ${date(p.asOf)} đã được xác minh.`,
        en: `${cap(unitEn(p))}: ${valuesEn(p.count ?? 0)} as of ${date(p.asOf)} verified.`,
      };
    case 'value_returned':
      return {
        vi: `${cap(unitVi(p))}: ${values(p.count ?? 0)} số liệu ngày ${date(p.asOf)} bị trả lại — ${returnedItems(p, 'vi')}.`,
        en: `${cap(unitEn(p))}: ${valuesEn(p.count ?? 0)} as of ${date(p.asOf)} returned — ${returnedItems(p, 'en')}.`,
      };
    case 'plan_submitted':
      return { vi: `${planVi(p)} đã được trình, chờ phê duyệt.`, en: `${cap(planEn(p))} was submitted for your approval.` };
    case 'plan_approved':
      return { vi: `${planVi(p)} đã được phê duyệt.`, en: `${cap(planEn(p))} was approved.` };
    case 'plan_returned':
      return {
        vi: `${planVi(p)} bị trả lại để chỉnh sửa${p.note ? `: “${shorten(p.note)}”` : ''}.`,
        en: `${cap(planEn(p))} was returned for changes${p.note ? `: “${shorten(p.note)}”` : ''}.`,
      };
    case 'supervision_assigned':
      return {
        vi: `${actionVi(p)} — giao cho ${p.agencyName ?? ''}${p.deadline ? `, hạn ${date(p.deadline)}` : ''}.`,
        en: `${actionEn(p)} — assigned to ${p.agencyName ?? ''}${p.deadline ? `, due ${date(p.deadline)}` : ''}.`,
      };
    case 'supervision_due_soon':
      return { vi: `${actionVi(p)} — đến hạn ngày ${date(p.deadline)}.`, en: `${actionEn(p)} — due on ${date(p.deadline)}.` };
    case 'supervision_overdue':
      return {
        vi: `${actionVi(p)} — đã quá hạn ngày ${date(p.deadline)} mà chưa xong.`,
        en: `${actionEn(p)} — past its deadline ${date(p.deadline)} and not done.`,
      };
    default:
      return { vi: 'Thông báo', en: 'Notice' };
  }
}
