/**
 * The recognition documents (hồ sơ đề nghị xét, công nhận) as .docx in the Nghị định 30 format: one pure
 * generator per document, `(input) => Promise<Buffer>`. Inputs are in inputs.ts (contract C, issue 12).
 */
export type * from './inputs.js';
export { selfAssessmentDocx } from './self-assessment-docx.js';
