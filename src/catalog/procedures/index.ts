/**
 * The recognition and revocation procedures shipped with the product, validated by the domain's
 * schema when first read. A new procedure (the successor of QĐ 18, a province's rule) is one more file here.
 */
import { type Procedure, procedureSchema } from '../../domain/dossier/procedure.schema.js';
import qd18 from './qd18-2022-xa.json' with { type: 'json' };
import qd18Revocation from './qd18-2022-xa-thu-hoi.json' with { type: 'json' };

/** The raw documents, by file name (the catalog check reports problems against them). */
export const procedureFiles: Record<string, unknown> = {
  'qd18-2022-xa.json': qd18,
  'qd18-2022-xa-thu-hoi.json': qd18Revocation,
};

let parsed: Procedure[] | null = null;

export function builtinProcedures(): Procedure[] {
  parsed ??= Object.values(procedureFiles).map((p) => procedureSchema.parse(p));
  return parsed;
}
