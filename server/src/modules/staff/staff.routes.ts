import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Deps } from '../../platform/http/deps.ts';
import { errorResponses, IdParams, NoContent } from '../../platform/http/common-schemas.ts';
import { PageOf } from '../../platform/http/pagination.ts';
import { CreateStaffBody, ResetPasswordBody, StaffListQuery, StaffView, UpdateStaffBody } from './staff.schemas.ts';
import { createStaff, getStaff, listStaff, resetStaffPassword, unlockStaff, updateStaff } from './manage-staff.ts';

const tags = ['staff'];

export const staffRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/staff', { schema: { tags, summary: 'Staff users in my scope', querystring: StaffListQuery, response: { 200: PageOf(StaffView), ...errorResponses } } },
    (request) => listStaff(deps, request.ctx, request.query));
  app.get('/staff/:id', { schema: { tags, summary: 'One staff user', params: IdParams, response: { 200: StaffView, ...errorResponses } } },
    (request) => getStaff(deps, request.ctx, request.params.id));
  app.post('/staff', { schema: { tags, summary: 'Create a staff user', body: CreateStaffBody, response: { 201: StaffView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await createStaff(deps, request.ctx, request.body)));
  app.patch('/staff/:id', { schema: { tags, summary: 'Change roles, placement, phone or status', params: IdParams, body: UpdateStaffBody, response: { 200: StaffView, ...errorResponses } } },
    (request) => updateStaff(deps, request.ctx, request.params.id, request.body));
  app.post('/staff/:id/unlock', { schema: { tags, summary: 'Lift a login lockout', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => { await unlockStaff(deps, request.ctx, request.params.id); return reply.status(204).send(null); });
  app.post('/staff/:id/reset-password', { schema: { tags, summary: 'Set a new password (ends the user\'s sessions)', params: IdParams, body: ResetPasswordBody, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => { await resetStaffPassword(deps, request.ctx, request.params.id, request.body.password); return reply.status(204).send(null); });
};
