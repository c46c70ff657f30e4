/** The audit trail: a commune's, an area's, the security log, one's own sign-ins, and the chain's state. */

import { auditIntegrity } from '../../../services/audit/integrity.service.js';
import { areaAudit, mySecurityAudit, securityAudit, unitAudit } from '../../../services/audit.service.js';
import { SIGNED_IN, scoped } from '../../access.js';
import type { RouteDeps } from '../../app.js';
import { errorResponses } from '../../schemas.js';
import { unitParams } from '../units/schema.js';
import { areaAuditQuery, auditPageOut, integrityOut, pageQuery, securityAuditQuery, unitAuditQuery } from './schema.js';

const tags = ['audit'];

export function auditRoutes({ app, ctx }: RouteDeps) {
  app.get(
    '/api/v1/units/:code/audit',
    {
      config: { access: scoped('audit.read', 'params.code') },
      schema: {
        errorCodes: ['unit.not_found', 'audit.bad_period'],
        tags,
        summary: 'Nhật ký thay đổi của một xã, mới nhất trước / a commune’s audit trail, newest first',
        params: unitParams,
        querystring: unitAuditQuery,
        response: { 200: auditPageOut, ...errorResponses },
      },
    },
    async (req) => unitAudit(ctx(req), { unitCode: req.params.code, indicatorCode: req.query.indicator, ...req.query }),
  );

  app.get(
    '/api/v1/audit',
    {
      config: { access: scoped('audit.read', 'query.unit') },
      schema: {
        errorCodes: ['unit.not_found', 'audit.bad_period', 'audit.commune_outside'],
        tags,
        summary: 'Nhật ký thay đổi của huyện/tỉnh, có bộ lọc / an area’s audit trail with filters',
        querystring: areaAuditQuery,
        response: { 200: auditPageOut, ...errorResponses },
      },
    },
    async (req) => {
      const { unit, user, ...q } = req.query;
      return areaAudit(ctx(req), { ...q, unitCode: unit, userId: user });
    },
  );

  app.get(
    '/api/v1/audit/security',
    {
      config: { access: scoped('audit.security', 'query.unit') },
      schema: {
        errorCodes: ['unit.not_found', 'audit.bad_period'],
        tags,
        summary: 'Nhật ký đăng nhập của một đơn vị / sign-ins of an area',
        querystring: securityAuditQuery,
        response: { 200: auditPageOut, ...errorResponses },
      },
    },
    async (req) => {
      const { unit, ...q } = req.query;
      return securityAudit(ctx(req), { ...q, unitCode: unit });
    },
  );

  app.get(
    '/api/v1/audit/security/mine',
    {
      config: { access: SIGNED_IN },
      schema: {
        errorCodes: ['audit.bad_period'],
        tags,
        summary: 'Các lần đăng nhập của tôi / my own sign-ins',
        querystring: pageQuery,
        response: { 200: auditPageOut, ...errorResponses },
      },
    },
    async (req) => mySecurityAudit(ctx(req), req.query),
  );

  app.get(
    '/api/v1/audit/integrity',
    {
      config: { access: scoped('audit.integrity', 'actor') },
      schema: {
        errorCodes: ['audit.chain_broken'],
        tags,
        summary: 'Tình trạng toàn vẹn của nhật ký (kiểm tra lúc khởi động) / audit chain integrity found at start',
        response: { 200: integrityOut, ...errorResponses },
      },
    },
    async (req) => auditIntegrity(ctx(req)),
  );
}
