/**
 * `ntm catalog procedures`: every recognition/revocation procedure file checked (schema, actor periods,
 * roles, reachability) and what in it is confirmed law and what is configurable, unverified data.
 * A file with an error makes the command fail.
 */
import { procedureFiles } from '../../catalog/procedures/index.js';
import { procedureSchema } from '../../domain/dossier/procedure.schema.js';
import { checkProcedure } from '../../domain/dossier/procedure-check.js';
import { invalid, issuesFromZod } from '../../domain/errors.js';
import { ROLES } from '../../policies/policy.js';

export function proceduresReport(): string {
  const lines: string[] = [];
  const errors: { path: string; message: string }[] = [];
  for (const [file, raw] of Object.entries(procedureFiles)) {
    const parsed = procedureSchema.safeParse(raw);
    if (!parsed.success) {
      for (const i of issuesFromZod(parsed.error.issues)) errors.push({ path: `${file}: ${i.path}`, message: i.message });
      continue;
    }
    const r = checkProcedure(parsed.data, ROLES);
    lines.push(`${r.name} [${r.code}] — ${file}`, `  ${r.steps} bước; ${r.unverified.length} mục chưa đối chiếu văn bản hoặc chưa biết`);
    for (const e of r.errors) errors.push({ path: `${file}: ${e.where}`, message: `${e.problem}: ${e.note}` });
    for (const f of r.unverified)
      lines.push(`  - ${f.where}: ${f.problem === 'unknown_duration' ? 'THỜI HẠN CHƯA BIẾT' : 'chưa đối chiếu'} — ${f.note}`);
  }
  if (errors.length > 0) throw invalid('procedure.invalid', { vi: 'Tệp quy trình không hợp lệ', en: 'Invalid procedure file' }, errors);
  return lines.join('\n');
}
