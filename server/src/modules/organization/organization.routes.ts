import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Deps } from '../../platform/http/deps.ts';
import { errorResponses, IdParams, NoContent } from '../../platform/http/common-schemas.ts';
import { PageOf } from '../../platform/http/pagination.ts';
import {
  CreateDepartmentBody, CreateHallBody, CreateRegionBody, CreateWindowBody, DepartmentListQuery, DepartmentView, HallDetailView, HallListQuery,
  HallView, RegionCodeParams, RegionListQuery, RegionView, RenameRegionBody, UpdateDepartmentBody, UpdateHallBody, UpdateWindowBody, WindowView,
} from './organization.schemas.ts';
import { createRegion, deleteRegion, listRegions, renameRegion } from './manage-regions.ts';
import { createDepartment, deleteDepartment, getDepartment, listDepartments, updateDepartment } from './manage-departments.ts';
import { createHall, createWindow, deleteHall, deleteWindow, getHall, listHalls, updateHall, updateWindow } from './manage-halls.ts';

const tags = ['organization'];

export const organizationRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/regions', { schema: { tags, summary: 'Regions in my scope (flat list)', querystring: RegionListQuery, response: { 200: Type.Object({ items: Type.Array(RegionView) }), ...errorResponses } } },
    async (request) => ({ items: await listRegions(deps, request.ctx, request.query) }));
  app.post('/regions', { schema: { tags, summary: 'Add a region (sysadmin)', body: CreateRegionBody, response: { 201: RegionView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await createRegion(deps, request.ctx, request.body)));
  app.patch('/regions/:code', { schema: { tags, summary: 'Rename a region', params: RegionCodeParams, body: RenameRegionBody, response: { 200: RegionView, ...errorResponses } } },
    (request) => renameRegion(deps, request.ctx, request.params.code, request.body.name));
  app.delete('/regions/:code', { schema: { tags, summary: 'Delete an unused region', params: RegionCodeParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => { await deleteRegion(deps, request.ctx, request.params.code); return reply.status(204).send(null); });

  app.get('/departments', { schema: { tags, summary: 'Departments in my scope', querystring: DepartmentListQuery, response: { 200: PageOf(DepartmentView), ...errorResponses } } },
    (request) => listDepartments(deps, request.ctx, request.query));
  app.get('/departments/:id', { schema: { tags, summary: 'One department', params: IdParams, response: { 200: DepartmentView, ...errorResponses } } },
    (request) => getDepartment(deps, request.ctx, request.params.id));
  app.post('/departments', { schema: { tags, summary: 'Create a department', body: CreateDepartmentBody, response: { 201: DepartmentView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await createDepartment(deps, request.ctx, request.body)));
  app.patch('/departments/:id', { schema: { tags, summary: 'Update a department', params: IdParams, body: UpdateDepartmentBody, response: { 200: DepartmentView, ...errorResponses } } },
    (request) => updateDepartment(deps, request.ctx, request.params.id, request.body));
  app.delete('/departments/:id', { schema: { tags, summary: 'Delete an unused department', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => { await deleteDepartment(deps, request.ctx, request.params.id); return reply.status(204).send(null); });

  app.get('/halls', { schema: { tags, summary: 'Service halls in my scope', querystring: HallListQuery, response: { 200: Type.Object({ items: Type.Array(HallView) }), ...errorResponses } } },
    async (request) => ({ items: await listHalls(deps, request.ctx, request.query) }));
  app.get('/halls/:id', { schema: { tags, summary: 'A hall with its windows', params: IdParams, response: { 200: HallDetailView, ...errorResponses } } },
    (request) => getHall(deps, request.ctx, request.params.id));
  app.post('/halls', { schema: { tags, summary: 'Create a hall', body: CreateHallBody, response: { 201: HallView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await createHall(deps, request.ctx, request.body)));
  app.patch('/halls/:id', { schema: { tags, summary: 'Update a hall', params: IdParams, body: UpdateHallBody, response: { 200: HallView, ...errorResponses } } },
    (request) => updateHall(deps, request.ctx, request.params.id, request.body));
  app.delete('/halls/:id', { schema: { tags, summary: 'Delete a hall without windows', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => { await deleteHall(deps, request.ctx, request.params.id); return reply.status(204).send(null); });

  app.post('/halls/:hallId/windows', { schema: { tags, summary: 'Add a window to a hall', params: Type.Object({ hallId: Type.String({ format: 'uuid' }) }), body: CreateWindowBody, response: { 201: WindowView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await createWindow(deps, request.ctx, request.params.hallId, request.body)));
  app.patch('/windows/:id', { schema: { tags, summary: 'Update a window', params: IdParams, body: UpdateWindowBody, response: { 200: WindowView, ...errorResponses } } },
    (request) => updateWindow(deps, request.ctx, request.params.id, request.body));
  app.delete('/windows/:id', { schema: { tags, summary: 'Delete a window', params: IdParams, response: { 204: NoContent, ...errorResponses } } },
    async (request, reply) => { await deleteWindow(deps, request.ctx, request.params.id); return reply.status(204).send(null); });
};
