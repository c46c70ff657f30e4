/**
 * Every error code the HTTP API can answer, with its status: the OpenAPI document lists per route the
 * codes it can answer (an enum on `error.code` per status). A test reads the codes thrown in src/ and
 * fails on one missing here, so a new code is described the day it is written.
 */

/** Code → the statuses it is answered with (a code thrown with two kinds has two). */
export const ERROR_CODES = {
  // The edge: request shape, size, sign-in, CSRF, attempts (error-handler.ts, plugins/session.ts, upload.ts).
  'request.invalid': [400],
  'request.malformed_json': [400],
  'request.control_character': [400],
  'request.too_large': [413],
  'request.rate_limited': [429],
  'upload.malformed': [400],
  'upload.no_file_name': [422],
  'auth.required': [401],
  'auth.csrf': [403],
  'auth.forbidden': [403],
  'auth.invalid_credentials': [401],
  'auth.wrong_password': [422],
  'auth.weak_password': [422],
  'auth.password_control_characters': [422],
  'auth.demo_password': [403, 422],
  // Catalogue, units, evaluation.
  'criteria_set.not_found': [404],
  'criteria_set.exists': [409],
  'criteria_set.invalid': [422],
  'criterion.not_found': [404],
  'indicator.not_found': [404],
  'unit.not_found': [404, 422],
  'unit.not_valid_at': [422],
  'unit.no_region': [422],
  'evaluation.invalid_profile': [422],
  'evaluation.no_criteria_set': [422],
  'public.not_a_commune': [404],
  'public.not_an_area': [404],
  // Values, review, evidence, imports.
  'value.invalid': [422],
  'indicator_value.not_found': [404],
  'indicator_value.stale_version': [409],
  'review.comment_required': [422],
  'review.duplicate_item': [422],
  'review.outside_area': [422],
  'evidence.not_found': [404],
  'evidence.missing_field': [422],
  'evidence.missing_file': [422],
  'evidence.name_mismatch': [422],
  'evidence.type_not_allowed': [422],
  'file.missing': [404],
  'import.no_file': [422],
  'import.invalid': [422],
  'import.unreadable': [422],
  // Users, audit.
  'user.not_found': [404],
  'user.exists': [422],
  'user.bad_username': [422],
  'user.role_not_allowed': [422],
  'user.unit_required': [422],
  'audit.bad_period': [422],
  'audit.commune_outside': [422],
  'audit.chain_broken': [409],
  // Plans, tasks, agencies, supervision, notifications, attachments, documents.
  'plan.not_found': [404],
  'plan.exists': [409],
  'plan.invalid': [422],
  'plan.not_draft': [409],
  'plan.new_not_draft': [422],
  'plan.stale_version': [409],
  'plan.superseded': [409],
  'plan.target_unit_unknown': [422],
  'plan.transition_forbidden': [403],
  'plan.transition_not_allowed': [409],
  'plan.member_not_found': [404],
  'plan.member_unit_outside': [422],
  'agency.unknown': [422],
  'task.not_found': [404],
  'task.unit_not_concerned': [422],
  'task.unknown_agency': [422],
  'supervision.action_not_found': [404],
  'supervision.stale_version': [409],
  'notification.not_found': [404],
  'attachment.not_found': [404],
  'attachment.owner_not_found': [404],
  'attachment.missing_file': [422],
  'report.bad_period': [422],
  'report.no_evaluation': [422],
  'report.bad_issue_date': [422],
} as const satisfies Record<string, readonly number[]>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** What each error status means, for the response's description. */
export const STATUS_TEXT: Record<number, string> = {
  400: 'Yêu cầu sai dạng / malformed request',
  401: 'Chưa đăng nhập hoặc sai thông tin đăng nhập / not signed in, or wrong credentials',
  403: 'Không có quyền hoặc thiếu mã CSRF / forbidden, or CSRF token missing',
  404: 'Không tìm thấy / not found',
  409: 'Xung đột với dữ liệu hiện có / conflicts with the stored data',
  413: 'Quá lớn / too large',
  422: 'Dữ liệu không hợp lệ / invalid data',
  429: 'Quá nhiều lần thử / too many attempts',
};
