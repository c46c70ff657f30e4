/**
 * The audit trail as people read it: a commune's changes (optionally of one indicator), an area's
 * changes (a district's or province's whole subtree, filtered by commune, criterion, person, kind and
 * period) and the security log of sign-ins; newest first, a page at a time (cursor = seq), each event
 * worded by the presenter. Sign-ins never appear among the data changes.
 */
import { type AuditFilter, auditRepository } from '../db/repositories/audit.repository.js';
import { AUDIT_ACTIONS, type AuditKind, actionsOfKind, SECURITY_ACTIONS } from '../domain/audit/audit-actions.js';
import { invalid } from '../domain/errors.js';
import { authorize, unauthenticated } from './access.js';
import { loadAuditNames } from './audit/audit-names.js';
import { type AuditEntry, presentAuditEvent } from './audit/audit-presenter.js';
import type { ServiceContext } from './context.js';
import { unitsUnder } from './unit.service.js';

export interface AuditPage {
  items: AuditEntry[];
  /** Pass as `cursor` for the next (older) page; null = no more. */
  nextCursor: number | null;
}

export interface PageInput {
  cursor?: number | undefined;
  limit?: number | undefined;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Start of a day in Vietnam (UTC+7) as the ISO instant stored in `at`. */
const dayStartVn = (isoDate: string, plusDays = 0) => {
  const d = new Date(`${isoDate}T00:00:00+07:00`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString();
};

async function page(ctx: ServiceContext, filter: AuditFilter, input: PageInput): Promise<AuditPage> {
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 200);
  const rows = await auditRepository.search(ctx.database.db, { ...filter, beforeSeq: input.cursor }, limit + 1);
  const shown = rows.slice(0, limit);
  const names = await loadAuditNames(ctx, shown);
  return {
    items: shown.map((r) => presentAuditEvent(r, names)),
    nextCursor: rows.length > limit ? (shown[shown.length - 1]?.seq ?? null) : null,
  };
}

function period(from: string | undefined, to: string | undefined) {
  if (from && to && from > to)
    throw invalid('audit.bad_period', { vi: 'Ngày bắt đầu sau ngày kết thúc', en: 'The period starts after it ends' }, [
      { path: 'from', message: `${from} > ${to}` },
    ]);
  return { fromAt: from ? dayStartVn(from) : undefined, toAt: to ? dayStartVn(to, 1) : undefined };
}

/** The changes to a commune's data (not its sign-ins), optionally of one indicator. */
export async function unitAudit(ctx: ServiceContext, input: PageInput & { unitCode: string; indicatorCode?: string | undefined }) {
  await authorize(ctx, 'audit.read', input.unitCode);
  return page(
    ctx,
    {
      unitCodes: [input.unitCode],
      excludeActions: SECURITY_ACTIONS,
      ...(input.indicatorCode
        ? { entityType: 'indicator_value', entityIdLikeAny: [`${input.unitCode}/%/${escapeLike(input.indicatorCode)}/%`] }
        : {}),
    },
    input,
  );
}

export interface AreaAuditInput extends PageInput {
  unitCode: string;
  commune?: string | undefined;
  criterion?: number | undefined;
  userId?: string | undefined;
  kind?: Exclude<AuditKind, 'security'> | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** An area's changes: the unit and every unit below it. */
export async function areaAudit(ctx: ServiceContext, input: AreaAuditInput): Promise<AuditPage> {
  await authorize(ctx, 'audit.read', input.unitCode);
  const codes = (await unitsUnder(ctx, input.unitCode)).map((u) => u.code);
  if (input.commune && !codes.includes(input.commune))
    throw invalid(
      'audit.commune_outside',
      {
        vi: `Xã "${input.commune}" không thuộc đơn vị ${input.unitCode}`,
        en: `Commune "${input.commune}" is not in unit ${input.unitCode}`,
      },
      [{ path: 'commune', message: input.commune }],
    );
  const known = Object.keys(AUDIT_ACTIONS);
  const n = input.criterion;
  return page(
    ctx,
    {
      unitCodes: input.commune ? [input.commune] : codes,
      excludeActions: input.kind === 'other' ? known : SECURITY_ACTIONS,
      actions: input.kind && input.kind !== 'other' ? actionsOfKind(input.kind) : undefined,
      actorId: input.userId,
      // A criterion's value, review and evidence-free events: entity "unit/set/N.x/date" (or "N" alone), or its owner "unit/N".
      entityIdLikeAny: n === undefined ? undefined : [`%/${n}.%/____-__-__`, `%/${n}/____-__-__`, `%/${n}`],
      ...period(input.from, input.to),
    },
    input,
  );
}

/** Sign-ins, sign-outs and password changes of the people of an area. */
export async function securityAudit(ctx: ServiceContext, input: PageInput & { unitCode: string; from?: string; to?: string }) {
  await authorize(ctx, 'audit.security', input.unitCode);
  const codes = (await unitsUnder(ctx, input.unitCode)).map((u) => u.code);
  return page(ctx, { unitCodes: codes, actions: SECURITY_ACTIONS, ...period(input.from, input.to) }, input);
}

/** The signed-in user's own sign-ins and password changes. */
export async function mySecurityAudit(ctx: ServiceContext, input: PageInput) {
  if (ctx.actor.role === 'public') throw unauthenticated();
  return page(ctx, { actions: SECURITY_ACTIONS, actorOrSubject: ctx.actor.id }, input);
}
