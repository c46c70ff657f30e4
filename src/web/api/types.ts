/**
 * Response shapes of the HTTP API as the web app reads them, taken from the types generated from the
 * server's OpenAPI document (openapi.d.ts, `npm run gen:api`), so the client cannot drift from the
 * server: a changed response changes these types and the web app's typecheck. Domain types are imported.
 */
import type { operations } from './openapi';

export type { CriteriaSet, Indicator, Tier } from '../../domain/catalog/criteria-set.schema';
export type { CriterionStatus, IndicatorStatus, IndicatorValue } from '../../domain/evaluation/evaluation.types';

type Responses<Op extends keyof operations> = operations[Op]['responses'];

/** The JSON body an operation answers with `status` (its operationId as in the API description). */
export type ApiJson<Op extends keyof operations, Status extends PropertyKey = 200> = Status extends keyof Responses<Op>
  ? Responses<Op>[Status] extends { content: { 'application/json': infer Body } }
    ? Body
    : never
  : never;

export type Session = ApiJson<'getAuthSession'>;
export type User = Session['user'];
export type Role = User['role'];
export type ManagedUser = ApiJson<'getUsers'>['items'][number];

export const ROLES = [
  'admin',
  'province_office',
  'district_office',
  'commune_officer',
  'department',
  'leader',
  'front',
] as const satisfies readonly Role[];
// Every role of the API is listed above: this fails to compile when the server adds one.
const everyRole: [Exclude<Role, (typeof ROLES)[number]>] extends [never] ? true : never = true;
void everyRole;

export type Unit = ApiJson<'getUnitsByCode'>;

export type SetSummary = ApiJson<'getCriteriaSets'>['items'][number];

export type Board = ApiJson<'getBoard'>;
export type BoardRow = Board['rows'][number];

export type UnitEvaluation = ApiJson<'getUnitsByCodeEvaluation'>;
export type Evaluation = UnitEvaluation['evaluation'];
export type CriterionEvaluation = Evaluation['criteria'][number];
export type IndicatorEvaluation = CriterionEvaluation['indicators'][number];

export type StoredValue = UnitEvaluation['recorded'][number];
export type Verification = StoredValue['verification'];

export type Evidence = ApiJson<'getUnitsByCodeEvidence'>['items'][number];

export type ReviewItem = ApiJson<'getReviews'>['items'][number];

export type PublicUnit = ApiJson<'getPublicUnitsByCode'>;
/** On public pages a criterion met on values not verified yet is "pending" (chờ xác minh), never met. */
export type PublicStatus = PublicUnit['criteria'][number]['status'];

export type PublicArea = ApiJson<'getPublicAreasByCode'>;

/** One criterion across the communes of a unit (GET /board/criteria/:number). */
export type CriterionBoard = ApiJson<'getBoardCriteriaByNumber'>;
