/**
 * The legal bases shipped with the product (national decisions of the 2021-2025 phase, the Đắk Nông and
 * Krông Nô documents the 2022 plan cites), validated by the domain schema when first read.
 */
import { type LegalBasisEntry, legalBasisCatalogSchema } from '../../domain/plan/legal-basis-catalog.schema.js';
import entries from './legal-bases.json' with { type: 'json' };

let cached: LegalBasisEntry[] | undefined;
export const legalBasisCatalog = (): LegalBasisEntry[] => {
  cached ??= legalBasisCatalogSchema.parse(entries);
  return cached;
};
