/**
 * The recognition documents (hồ sơ đề nghị xét, công nhận) as .docx in the Nghị định 30 format: one pure
 * generator per document, `(input) => Promise<Buffer>`. Inputs are in inputs.ts (contract C, issue 12).
 */
export { appraisalReportDocx } from './appraisal-report-docx.js';
export { eligibleListDocx } from './eligible-list-docx.js';
export type * from './inputs.js';
export { meetingMinutesDocx } from './meeting-minutes-docx.js';
export { requestDocx } from './request-docx.js';
export { selfAssessmentDocx } from './self-assessment-docx.js';
