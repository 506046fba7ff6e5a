import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Deps } from '../../platform/http/deps.ts';
import { errorResponses, IdParams, Uuid } from '../../platform/http/common-schemas.ts';
import { PageOf } from '../../platform/http/pagination.ts';
import {
  asContent, BasicItemView, CancelProofBody, ChangeView, CommentBody, CreateBasicItemBody, CreateImplementationBody, CreateProofBody, FindingView,
  ImplementationContentSchema, ImplementationDetailView, ImplementationSummaryView, ProofView, PublicGuideView, PublicItemSummaryView, ReasonBody, SaveDraftBody, VersionView,
} from './catalog.schemas.ts';
import { createImplementation } from './create-implementation.ts';
import { saveImplementationDraft } from './save-implementation-draft.ts';
import { publishImplementation, sendBackImplementation, submitImplementation } from './review-implementation.ts';
import { changePublicationStatus } from './change-publication-status.ts';
import { checkReport, diffVersions, getImplementation, getVersion, listImplementations, listVersions } from './query-implementations.ts';
import { cancelProof, createBasicItem, createProof, listBasicItems, listProofs } from './manage-catalog-records.ts';
import { getPublicGuideJson, listPublishedItems, publishedFacets } from './public-catalog.ts';

const tags = ['catalog'];
const publicTags = ['public catalog'];
const Statuses = {
  publicationStatus: Type.Optional(Type.Enum(['unpublished', 'published', 'suspended', 'cancelled'])),
  changeStatus: Type.Optional(Type.Enum(['none', 'draft', 'submitted'])),
};

export const catalogRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.addSchema(ImplementationContentSchema);

  // Staff: basic catalogue and proofs
  app.get('/catalog/basic-items', { schema: { tags, summary: 'Basic catalogue items', response: { 200: Type.Object({ items: Type.Array(BasicItemView) }), ...errorResponses } } },
    async (request) => ({ items: await listBasicItems(deps, request.ctx) }));
  app.post('/catalog/basic-items', { schema: { tags, summary: 'Define a basic catalogue item (centre)', body: CreateBasicItemBody, response: { 201: BasicItemView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await createBasicItem(deps, request.ctx, request.body)));
  app.post('/catalog/proofs', { schema: { tags, summary: 'Add a proof to the proof catalogue (centre)', body: CreateProofBody, response: { 201: ProofView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await createProof(deps, request.ctx, request.body)));
  app.post('/catalog/proofs/:code/cancel', {
    schema: { tags, summary: 'Cancel a proof for good (减证便民); lists implementations still requiring it', params: Type.Object({ code: Type.String({ pattern: '^[A-Z0-9-]{2,40}$' }) }), body: CancelProofBody,
      response: { 200: Type.Object({ proof: ProofView, affectedImplementations: Type.Array(Type.Object({ id: Uuid, code: Type.String(), name: Type.String() })) }), ...errorResponses } },
  }, (request) => cancelProof(deps, request.ctx, request.params.code, request.body));

  // Staff: implementations and their lifecycle
  app.get('/catalog/implementations', {
    schema: { tags, summary: 'Implementations in my scope', querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })), ...Statuses, departmentId: Type.Optional(Uuid), page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })), pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })) }), response: { 200: PageOf(ImplementationSummaryView), ...errorResponses } },
  }, (request) => listImplementations(deps, request.ctx, request.query));
  app.post('/catalog/implementations', { schema: { tags, summary: 'File a new implementation (item maintainer of the owning department)', body: CreateImplementationBody, response: { 201: ImplementationDetailView, ...errorResponses } } },
    async (request, reply) => reply.status(201).send(await createImplementation(deps, request.ctx, { basicCode: request.body.basicCode, content: request.body.content ? asContent(request.body.content as never) : undefined, inheritsFrom: request.body.inheritsFrom })));
  app.get('/catalog/implementations/:id', { schema: { tags, summary: 'An implementation: working copy, version in force, findings', params: IdParams, response: { 200: ImplementationDetailView, ...errorResponses } } },
    (request) => getImplementation(deps, request.ctx, request.params.id));
  app.put('/catalog/implementations/:id/draft', { schema: { tags, summary: 'Save the working copy (consistency rules enforced)', params: IdParams, body: SaveDraftBody, response: { 200: ImplementationDetailView, ...errorResponses } } },
    (request) => saveImplementationDraft(deps, request.ctx, request.params.id, { revision: request.body.revision, content: asContent(request.body.content as never) }));
  app.post('/catalog/implementations/:id/submit', { schema: { tags, summary: 'Submit the working copy for review', params: IdParams, response: { 200: ImplementationDetailView, ...errorResponses } } },
    (request) => submitImplementation(deps, request.ctx, request.params.id));
  app.post('/catalog/implementations/:id/send-back', { schema: { tags, summary: 'Send a submitted change back with comments (centre)', params: IdParams, body: CommentBody, response: { 200: ImplementationDetailView, ...errorResponses } } },
    (request) => sendBackImplementation(deps, request.ctx, request.params.id, request.body.comment));
  app.post('/catalog/implementations/:id/publish', { schema: { tags, summary: 'Publish a submitted change as the next version (centre)', params: IdParams, response: { 200: ImplementationDetailView, ...errorResponses } } },
    (request) => publishImplementation(deps, request.ctx, request.params.id));
  for (const transition of ['suspend', 'resume', 'cancel'] as const) {
    app.post(`/catalog/implementations/:id/${transition}`, { schema: { tags, summary: `${transition[0]!.toUpperCase()}${transition.slice(1)} an implementation, with a reason (centre)`, params: IdParams, body: ReasonBody, response: { 200: ImplementationDetailView, ...errorResponses } } },
      (request) => changePublicationStatus(deps, request.ctx, request.params.id, transition, request.body.reason));
  }
  app.get('/catalog/implementations/:id/versions', { schema: { tags, summary: 'Published versions, newest first', params: IdParams, response: { 200: Type.Object({ items: Type.Array(VersionView) }), ...errorResponses } } },
    async (request) => ({ items: await listVersions(deps, request.ctx, request.params.id) }));
  app.get('/catalog/implementations/:id/versions/:version', { schema: { tags, summary: 'One published version (read-only forever)', params: Type.Object({ id: Uuid, version: Type.Integer({ minimum: 1 }) }), response: { 200: Type.Ref('ImplementationContent'), ...errorResponses } } },
    (request) => getVersion(deps, request.ctx, request.params.id, request.params.version));
  app.get('/catalog/implementations/:id/diff', {
    schema: { tags, summary: 'Changes between versions (to=draft for the working copy)', params: IdParams, querystring: Type.Object({ from: Type.Optional(Type.Integer({ minimum: 1 })), to: Type.Union([Type.Literal('draft'), Type.Integer({ minimum: 1 })]) }), response: { 200: Type.Object({ changes: Type.Array(ChangeView) }), ...errorResponses } },
  }, (request) => diffVersions(deps, request.ctx, request.params.id, request.query.from, request.query.to));
  app.get('/catalog/check-report', {
    schema: { tags, summary: 'Guide-checking report across the departments in my scope', response: { 200: Type.Object({
      totals: Type.Object({ error: Type.Integer(), warning: Type.Integer(), info: Type.Integer() }), byRule: Type.Record(Type.String(), Type.Integer()),
      items: Type.Array(Type.Intersect([ImplementationSummaryView, Type.Object({ counts: Type.Object({ error: Type.Integer(), warning: Type.Integer(), info: Type.Integer() }), findings: Type.Array(FindingView) })])),
    }), ...errorResponses } },
  }, (request) => checkReport(deps, request.ctx));

  // Public (no login)
  app.get('/public/catalog/items', {
    schema: { tags: publicTags, summary: 'Published items, filterable by audience, theme, department, level and type', querystring: Type.Object({
      q: Type.Optional(Type.String({ maxLength: 100 })), audience: Type.Optional(Type.String({ maxLength: 40 })), theme: Type.Optional(Type.String({ maxLength: 40 })), departmentId: Type.Optional(Uuid),
      level: Type.Optional(Type.Integer({ minimum: 1, maximum: 7 })), typeCode: Type.Optional(Type.String({ pattern: '^\\d{2}$' })),
      page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })), pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
    }), response: { 200: PageOf(PublicItemSummaryView), ...errorResponses } },
  }, (request) => listPublishedItems(deps, request.query));
  const Facet = <T extends Parameters<typeof Type.Object>[0]>(props: T) => Type.Array(Type.Object({ ...props, count: Type.Integer() }));
  app.get('/public/catalog/facets', { schema: { tags: publicTags, summary: 'Published-item counts per department, theme, audience, level and type (browse filters)', response: { 200: Type.Object({
    departments: Facet({ id: Uuid, name: Type.String() }), themes: Facet({ value: Type.String() }), audiences: Facet({ value: Type.String() }),
    levels: Facet({ value: Type.Integer() }), typeCodes: Facet({ value: Type.String() }),
  }), ...errorResponses } } }, () => publishedFacets(deps));
  app.get('/public/catalog/items/:code', { schema: { tags: publicTags, summary: 'The guide (办事指南) of a published implementation (ETag; If-None-Match answers 304)', params: Type.Object({ code: Type.String({ pattern: '^[0-9A-Z]{31}$' }) }), response: { 200: PublicGuideView, 304: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const { body, etag } = await getPublicGuideJson(deps, request.params.code);
      void reply.header('etag', etag).header('cache-control', 'public, max-age=60');
      if (request.headers['if-none-match'] === etag) return reply.status(304).send(null);
      // Already serialised (and cached) from the same view the schema describes.
      return reply.header('content-type', 'application/json; charset=utf-8').send(body);
    });
  app.get('/public/catalog/proofs', { schema: { tags: publicTags, summary: 'The proof catalogue; status=cancelled lists the proofs nobody may ask for any more', querystring: Type.Object({ status: Type.Optional(Type.Union([Type.Literal('kept'), Type.Literal('cancelled')])) }), response: { 200: Type.Object({ items: Type.Array(ProofView) }), ...errorResponses } } },
    async (request) => ({ items: await listProofs(deps.db, request.query.status) }));
};
