/**
 * Converts criteria-set documents, set derivations and unit files (JSON) written in the shape before
 * classifications and tiers were data (thresholds by `regions`, `statusRegionRules`, a unit's
 * `region` and `statuses`) into today's shape, in place, and checks the result against the schema.
 * Safe to run again on a converted file (nothing changes).
 *
 *   npx tsx tools/convert-classifications.ts [--dimensions FILE.json] FILE.json…
 *
 * --dimensions: the classifications a set that declares none gets (default: QĐ 318's region and
 * special status, src/catalog/classifications/qd318-2021-2025.json). For the QĐ 51 set pass
 * src/catalog/classifications/qd51-2026-2030.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { setDerivationSchema } from '../src/domain/catalog/criteria-set.derive.js';
import { type Classification, classificationSchema, criteriaSetSchema } from '../src/domain/catalog/criteria-set.schema.js';
import { upgradeSetDocument } from '../src/domain/catalog/criteria-set.upgrade.js';
import { unitTreeSchema } from '../src/domain/units/unit.schema.js';
import { upgradeUnitTree } from '../src/domain/units/unit-tree.upgrade.js';

const args = process.argv.slice(2);
let dimensionsFile = 'src/catalog/classifications/qd318-2021-2025.json';
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--dimensions') dimensionsFile = args[++i] ?? dimensionsFile;
  else files.push(args[i] as string);
}
if (files.length === 0) {
  console.error('usage: npx tsx tools/convert-classifications.ts [--dimensions FILE.json] FILE.json…');
  process.exit(2);
}
const defaults: Classification[] = classificationSchema.array().parse(JSON.parse(readFileSync(dimensionsFile, 'utf8')));
let failed = 0;
for (const file of files) {
  const before = readFileSync(file, 'utf8');
  const parsed = JSON.parse(before) as Record<string, unknown>;
  const isTree = Array.isArray(parsed.units);
  const doc = (isTree ? upgradeUnitTree(parsed) : upgradeSetDocument(parsed, defaults)) as Record<string, unknown>;
  const schema = isTree ? unitTreeSchema : 'baseSetCode' in doc ? setDerivationSchema : criteriaSetSchema;
  const check = schema.safeParse(doc);
  if (!check.success) {
    failed++;
    console.error(`${file}: not valid after conversion`);
    for (const issue of check.error.issues) console.error(`  ${issue.path.join('.')}: ${issue.message}`);
    continue;
  }
  const after = `${JSON.stringify(doc, null, 2)}\n`;
  const changed = JSON.stringify(JSON.parse(before)) !== JSON.stringify(doc);
  if (changed) writeFileSync(file, after);
  console.log(`${file}: ${changed ? 'converted' : 'already in the new shape'}`);
}
if (failed > 0) process.exit(1);
