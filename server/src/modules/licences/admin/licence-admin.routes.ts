/** The centre administrator's licence routes: licence types, seals, and the e-licence generation rate. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Deps } from '../../../platform/http/deps.ts';
import { errorResponses, IdParams } from '../../../platform/http/common-schemas.ts';
import {
  CreateLicenceTypeBody, CreateSealBody, GenerationRateQuery, GenerationRateView, LicenceTypeListQuery, LicenceTypeProducerView, LicenceTypeSummary,
  LicenceTypeView, RevokeSealBody, RotateSealBody, RotateSealResponse, SealListQuery, SealView, UpdateLicenceTypeBody,
} from './licence-admin.schemas.ts';
import { createLicenceType, getLicenceType, licenceTypeProducers, listLicenceTypes, updateLicenceType } from './manage-licence-types.ts';
import { createSeal, getSeal, listSeals, revokeSeal, rotateSeal, sealPicture } from './manage-seals.ts';
import { generationRate } from './generation-rate.ts';

const tags = ['licences'];
const Svg = { description: 'The seal picture', content: { 'image/svg+xml': { schema: { type: 'string' } } } };

export const licenceAdminRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/licence-types', { schema: { tags, summary: 'Licence types (centre administrator)', querystring: LicenceTypeListQuery, response: { 200: Type.Object({ items: Type.Array(LicenceTypeSummary) }), ...errorResponses } } },
    async (request) => ({ items: await listLicenceTypes(deps, request.ctx, request.query) }));
  app.post('/licence-types', { schema: { tags, summary: 'Define a licence type (GB/T 36904 type code, fields, validity, layout, producers, issuers)', body: CreateLicenceTypeBody, response: { 201: LicenceTypeView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await createLicenceType(deps, request.ctx, request.body)));
  app.get('/licence-types/:id', { schema: { tags, summary: 'One licence type', params: IdParams, response: { 200: LicenceTypeView, ...errorResponses } } },
    (request) => getLicenceType(deps, request.ctx, request.params.id));
  app.put('/licence-types/:id', { schema: { tags, summary: 'Update a licence type (the code never changes; `version` guards against overwriting a colleague\'s change)', params: IdParams, body: UpdateLicenceTypeBody, response: { 200: LicenceTypeView, ...errorResponses } } },
    (request) => updateLicenceType(deps, request.ctx, request.params.id, request.body));
  app.get('/licence-types/:id/producers', { schema: { tags, summary: 'Published implementations whose result is this licence type, and whether each is listed as a producer', params: IdParams, response: { 200: Type.Object({ items: Type.Array(LicenceTypeProducerView) }), ...errorResponses } } },
    async (request) => ({ items: await licenceTypeProducers(deps, request.ctx, request.params.id) }));

  app.get('/seals', { schema: { tags, summary: 'Electronic seals of departments in my region (GB/T 38540)', querystring: SealListQuery, response: { 200: Type.Object({ items: Type.Array(SealView) }), ...errorResponses } } },
    async (request) => ({ items: await listSeals(deps, request.ctx, request.query) }));
  app.post('/seals', { schema: { tags, summary: 'Create the seal of a department that has no active seal (new SM2 key)', body: CreateSealBody, response: { 201: SealView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await createSeal(deps, request.ctx, request.body)));
  app.get('/seals/:id', { schema: { tags, summary: 'One seal', params: IdParams, response: { 200: SealView, ...errorResponses } } },
    (request) => getSeal(deps, request.ctx, request.params.id));
  app.post('/seals/:id/rotate', { schema: { tags, summary: 'Retire the active seal and activate a new one with a new key (licences already signed stay valid)', params: IdParams, body: RotateSealBody, response: { 200: RotateSealResponse, ...errorResponses } } },
    (request) => rotateSeal(deps, request.ctx, request.params.id, request.body));
  app.post('/seals/:id/revoke', { schema: { tags, summary: 'Revoke a seal whose key is compromised (licences claiming it after the revocation are forgeries)', params: IdParams, body: RevokeSealBody, response: { 200: SealView, ...errorResponses } } },
    (request) => revokeSeal(deps, request.ctx, request.params.id, request.body.reason));
  app.get('/seals/:id/picture.svg', { schema: { tags, summary: 'The seal picture (SVG)', params: IdParams, response: { 200: Svg, ...errorResponses } } },
    async (request, reply) => {
      const svg = await sealPicture(deps, request.ctx, request.params.id);
      return reply.header('content-type', 'image/svg+xml; charset=utf-8').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
        .header('cache-control', 'private, max-age=3600').send(svg);
    });

  app.get('/licences/generation-rate', { schema: { tags, summary: 'E-licence generation rate: licences issued / approvals with a licence result, by department, with the reasons of the others', querystring: GenerationRateQuery, response: { 200: GenerationRateView, ...errorResponses } } },
    (request) => generationRate(deps, request.ctx, request.query));
};
