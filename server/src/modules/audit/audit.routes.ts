import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Deps } from '../../platform/http/deps.ts';
import { DateTime, errorResponses } from '../../platform/http/common-schemas.ts';
import { PageOf } from '../../platform/http/pagination.ts';
import { listAuditEvents } from './list-audit-events.ts';

const AuditEventView = Type.Object({
  id: Type.String(), occurredAt: DateTime, actorKind: Type.String(), actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.Union([Type.String(), Type.Null()]), actorRole: Type.Union([Type.String(), Type.Null()]), action: Type.String(),
  subjectType: Type.String(), subjectId: Type.Union([Type.String(), Type.Null()]), summary: Type.Record(Type.String(), Type.Unknown()),
  requestId: Type.Union([Type.String(), Type.Null()]), clientIp: Type.Union([Type.String(), Type.Null()]),
});

export const auditRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/audit-events', {
    schema: {
      tags: ['audit'], summary: 'Audit events, newest first',
      querystring: Type.Object({
        action: Type.Optional(Type.String({ maxLength: 100 })), subjectType: Type.Optional(Type.String({ maxLength: 50 })), subjectId: Type.Optional(Type.String({ maxLength: 100 })),
        page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })), pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
      }),
      response: { 200: PageOf(AuditEventView), ...errorResponses },
    },
  }, (request) => listAuditEvents(deps, request.ctx, request.query));
};
