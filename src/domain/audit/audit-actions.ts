/**
 * Every audit action the services write, grouped into the kinds the log filters by. The server
 * filters with it and the web names each action and kind (i18n `auditLog.action.*`, `auditLog.kind.*`);
 * an action missing here is shown as "other", never by its code.
 */
export const AUDIT_KINDS = [
  'values',
  'reviews',
  'evidence',
  'plans',
  'tasks',
  'supervision',
  'recognitions',
  'users',
  'agencies',
  'catalogue',
  'security',
  'other',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export const AUDIT_ACTIONS = {
  'indicator_value.record': 'values',
  'indicator_value.import': 'values',
  'indicator_value.bulk_load': 'values',
  'indicator_value.verify': 'reviews',
  'indicator_value.return': 'reviews',
  'evidence.upload': 'evidence',
  'plan.create': 'plans',
  'plan.update': 'plans',
  'plan.target': 'plans',
  'plan.flag_reviewed': 'plans',
  'plan.submitted': 'plans',
  'plan.draft': 'plans',
  'plan.approved': 'plans',
  'plan.superseded': 'plans',
  'plan.working_group_add': 'plans',
  'plan.working_group_remove': 'plans',
  'task.edit': 'tasks',
  'task.progress': 'tasks',
  'attachment.upload': 'tasks',
  'supervision.record': 'supervision',
  'supervision.action': 'supervision',
  'recognition.record': 'recognitions',
  'recognition.revoke': 'recognitions',
  'recognition.announce': 'recognitions',
  'dossier.start': 'recognitions',
  'dossier.complete_step': 'recognitions',
  'dossier.send_back': 'recognitions',
  'dossier.posting_start': 'recognitions',
  'dossier.announcement': 'recognitions',
  'dossier.comment': 'recognitions',
  'dossier.opinion': 'recognitions',
  'dossier.appraisal': 'recognitions',
  'dossier.file': 'recognitions',
  'dossier.document.uploaded': 'recognitions',
  'dossier.document.generated': 'recognitions',
  'dossier.record.meeting': 'recognitions',
  'dossier.record.council': 'recognitions',
  'dossier.record.decision': 'recognitions',
  'dossier.record.announcement': 'recognitions',
  'dossier.record.debt': 'recognitions',
  'dossier.record.security': 'recognitions',
  'work.create': 'plans',
  'work.update': 'plans',
  'work.accept': 'plans',
  'work.settle': 'plans',
  'allocation.create': 'plans',
  'allocation.lines': 'plans',
  'allocation.submitted': 'plans',
  'allocation.approved': 'plans',
  'allocation.returned': 'plans',
  'allocation.draft': 'plans',
  'allocation.adjustment.create': 'plans',
  'allocation.adjustment.approve': 'plans',
  'disbursement.record': 'plans',
  'disbursement.reverse': 'plans',
  'funding.demo_seeded': 'plans',
  'survey.create': 'supervision',
  'survey.hamlet': 'supervision',
  'survey.tally': 'supervision',
  'survey.ballot': 'supervision',
  'survey.codes': 'supervision',
  'survey.close': 'supervision',
  'survey.publish': 'supervision',
  'user.create': 'users',
  'user.update': 'users',
  'user.disable': 'users',
  'agency.criterion_owner': 'agencies',
  'agency.demo_links': 'agencies',
  'criteria_set.create': 'catalogue',
  'criteria_set.replace': 'catalogue',
  'unit_tree.import': 'catalogue',
  'unit.import_create': 'catalogue',
  'unit.import_update': 'catalogue',
  'unit_succession.import': 'catalogue',
  'unit_criteria_set.assign': 'catalogue',
  'session.login': 'security',
  'session.logout': 'security',
  'user.password_change': 'security',
} as const satisfies Record<string, AuditKind>;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const auditKindOf = (action: string): AuditKind => (AUDIT_ACTIONS as Record<string, AuditKind>)[action] ?? 'other';

/** The actions of a kind ('other' has none: it is whatever is not listed). */
export const actionsOfKind = (kind: AuditKind): string[] =>
  Object.entries(AUDIT_ACTIONS)
    .filter(([, k]) => k === kind)
    .map(([a]) => a);

export const SECURITY_ACTIONS = actionsOfKind('security');

/** Field labels of the before → after list (i18n `auditLog.field.*`). */
export const AUDIT_FIELDS = [
  'value',
  'verification',
  'comment',
  'note',
  'status',
  'deadline',
  'text',
  'displayName',
  'disabled',
  'role',
  'unit',
  'criteria',
  'agency',
  'file',
  'findings',
  'rows',
  'values',
  'units',
  'dates',
  'issues',
  'skippedRows',
  'criteriaSet',
  'version',
  'targets',
  'member',
  'name',
  'parent',
  'validFrom',
  'validTo',
  'successor',
] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

/** A before or after value, typed so each language words it (numbers with its decimal comma, states by name). */
export type ReadableValue =
  | { type: 'text'; text: string }
  | { type: 'number'; value: number; unit?: string | undefined }
  | { type: 'yesno'; value: boolean }
  | { type: 'term'; group: 'verification' | 'planStatus' | 'taskStatus' | 'actionStatus' | 'role' | 'value'; key: string }
  | { type: 'date'; value: string }
  | { type: 'list'; items: string[] };

export interface AuditChange {
  field: AuditField;
  before: ReadableValue | null;
  after: ReadableValue | null;
}
