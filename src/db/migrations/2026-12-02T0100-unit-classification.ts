/**
 * Classifications become data (issue 11): a commune's region and special statuses move into one
 * dated table unit_classification (unit, dimension, value, dates, legal basis, provenance) — the
 * region from the unit's first day, each status as dimension "special-status" — and the old region
 * column and unit_status table go. Criteria-set documents stored in the database (imported sets)
 * are rewritten in the new shape (thresholds `where`, classification rules, tier name).
 */
import { type Kysely, sql } from 'kysely';
import { uuidv7 } from 'uuidv7';
import qd318Classifications from '../../catalog/classifications/qd318-2021-2025.json' with { type: 'json' };
import type { Classification } from '../../domain/catalog/criteria-set.schema.js';
import { upgradeSetDocument } from '../../domain/catalog/criteria-set.upgrade.js';

const text = 'text' as const;

interface UnitRegion {
  code: string;
  region: string;
  validFrom: string;
}
interface StatusRow {
  unitCode: string;
  status: string;
  validFrom: string;
  validTo: string | null;
  legalBasis: string | null;
}

async function insertAll(db: Kysely<unknown>, table: string, rows: Record<string, unknown>[]) {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto(table as never)
      .values(rows.slice(i, i + 200) as never)
      .execute();
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('unit_classification')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('dimension', text, (c) => c.notNull())
    .addColumn('value', text, (c) => c.notNull())
    .addColumn('valid_from', text, (c) => c.notNull())
    .addColumn('valid_to', text)
    .addColumn('legal_basis', text)
    .addColumn('provenance', text)
    .execute();
  await db.schema.createIndex('unit_classification_unit_idx').on('unit_classification').columns(['unit_code']).execute();

  const regions =
    await sql<UnitRegion>`select code, region, valid_from as "validFrom" from administrative_unit where region is not null`.execute(db);
  const statuses = await sql<StatusRow>`
    select unit_code as "unitCode", status, valid_from as "validFrom", valid_to as "validTo", legal_basis as "legalBasis"
    from unit_status order by unit_code, valid_from, id`.execute(db);
  await insertAll(db, 'unit_classification', [
    ...regions.rows.map((r) => ({ id: uuidv7(), unit_code: r.code, dimension: 'region', value: r.region, valid_from: r.validFrom })),
    ...statuses.rows.map((s) => ({
      id: uuidv7(),
      unit_code: s.unitCode,
      dimension: 'special-status',
      value: s.status,
      valid_from: s.validFrom,
      valid_to: s.validTo,
      legal_basis: s.legalBasis,
    })),
  ]);
  await db.schema.dropTable('unit_status').execute();
  await db.schema.alterTable('administrative_unit').dropColumn('region').execute();

  const sets = await sql<{ code: string; document: string }>`select code, document from criteria_set`.execute(db);
  for (const s of sets.rows) {
    const upgraded = JSON.stringify(upgradeSetDocument(JSON.parse(s.document), qd318Classifications as Classification[]));
    if (upgraded !== s.document) await sql`update criteria_set set document = ${upgraded} where code = ${s.code}`.execute(db);
  }
}

/** Back to one region column and the status table (the first region value of each unit; other dimensions are lost). */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('administrative_unit').addColumn('region', text).execute();
  await db.schema
    .createTable('unit_status')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('unit_code', text, (c) => c.notNull().references('administrative_unit.code'))
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('valid_from', text, (c) => c.notNull())
    .addColumn('valid_to', text)
    .addColumn('legal_basis', text)
    .execute();
  await db.schema.createIndex('unit_status_unit_idx').on('unit_status').columns(['unit_code']).execute();
  await sql`update administrative_unit set region = (select min(value) from unit_classification c
    where c.unit_code = administrative_unit.code and c.dimension = 'region')`.execute(db);
  await sql`insert into unit_status (id, unit_code, status, valid_from, valid_to, legal_basis)
    select id, unit_code, value, valid_from, valid_to, legal_basis from unit_classification where dimension = 'special-status'`.execute(db);
  await db.schema.dropTable('unit_classification').execute();
}
