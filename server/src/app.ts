/**
 * Builds the Fastify application: platform machinery first (errors, auth, OpenAPI), then one plugin per domain
 * module under /api, then the web app. server main.ts listens; tests call buildApp() and use app.inject().
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { maskPersonalDataInText } from '@onetrip/core';
import type { AppConfig } from './platform/config/config.ts';
import type { Db } from './platform/db/database.ts';
import type { PiiCipher } from './platform/crypto/pii-cipher.ts';
import type { Deps } from './platform/http/deps.ts';
import { registerErrorHandling } from './platform/errors/error-handler.ts';
import { registerAuth } from './platform/auth/auth-plugin.ts';
import { FailureThrottle } from './platform/auth/failure-throttle.ts';
import { ErrorResponse } from './platform/http/common-schemas.ts';
import { systemRoutes } from './modules/system/system.routes.ts';
import { identityRoutes } from './modules/identity/identity.routes.ts';
import { organizationRoutes } from './modules/organization/organization.routes.ts';
import { staffRoutes } from './modules/staff/staff.routes.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { catalogRoutes } from './modules/catalog/catalog.routes.ts';
import { catalogImportExportRoutes } from './modules/catalog/import-export/import-export.routes.ts';
import type { JobQueue } from './platform/jobs/jobs.ts';
import { startAuditLinker } from './platform/audit/audit-linker.ts';
import { catalogFileRoutes } from './modules/catalog/files/catalog-files.routes.ts';
import { calendarRoutes } from './modules/calendar/calendar.routes.ts';
import { LocalDiskStorage, type FileStorage } from './platform/files/file-storage.ts';
import { notificationRoutes } from './platform/notifications/notifications.routes.ts';
import { caseRoutes } from './modules/cases/cases.routes.ts';
import { caseApprovalRoutes } from './modules/cases/approval.routes.ts';
import { caseAttachmentRoutes } from './modules/cases/case-attachments.routes.ts';
import { frontDeskRoutes } from './modules/cases/front-desk.routes.ts';
import type { KeyVault } from './platform/crypto/key-vault.ts';
import { sm2Pool } from './platform/crypto/sm2-pool.ts';
import { createLicenceKeyVault } from './modules/licences/licence-keys.ts';
import { licenceWalletRoutes } from './modules/licences/wallet/wallet.routes.ts';
import { licenceAdminRoutes } from './modules/licences/admin/licence-admin.routes.ts';
import { licenceVerifyRoutes } from './modules/licences/verify/verify.routes.ts';
import { licenceImportRoutes } from './modules/licences/import/licence-import.routes.ts';

export interface BuildAppOptions {
  config: AppConfig;
  db: Db;
  pii: PiiCipher;
  /** Background queues; without them (JOBS_ENABLED=false, tests) background work runs in-process. */
  jobs?: JobQueue;
  /** Where files live; local disk under DATA_DIR/files unless another store is given. */
  files?: FileStorage;
  /** Licence signing keys; the software vault over `signing_keys` (LICENCE_MASTER_KEY) unless another is given. */
  keys?: KeyVault;
  logger?: boolean;
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger === false || config.logLevel === 'silent' ? false : {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({ method: req.method, url: maskPersonalDataInText(req.url), id: req.id }),
      },
    },
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && /^[A-Za-z0-9._-]{8,100}$/.test(incoming) ? incoming : randomUUID();
    },
    // coerceTypes turns query strings into numbers; every nullable union lists Null first, or AJV would coerce a
    // JSON null into "" through the string branch.
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false, useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const deps: Deps = {
    db: options.db,
    pii: options.pii,
    config,
    sessionPolicy: { idleMinutes: config.sessionIdleMinutes, absoluteHours: config.sessionAbsoluteHours },
    loginThrottle: new FailureThrottle(config.loginFailuresPerAddress, 15 * 60_000),
    jobs: options.jobs,
    files: options.files ?? new LocalDiskStorage(path.join(config.dataDir, 'files')),
    keys: options.keys ?? createLicenceKeyVault(config, options.db, sm2Pool()),
    sm2: sm2Pool(),
  };

  // The audit chain's tail: events left pending by commits that found the chain's lock taken (audit-linker.ts).
  const auditLinker = await startAuditLinker(options.db, { onError: (error) => app.log.warn({ err: error }, 'linking pending audit events failed') });
  app.addHook('onClose', () => auditLinker.stop());

  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    void reply.header('x-content-type-options', 'nosniff');
    void reply.header('referrer-policy', 'same-origin');
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
  });

  registerErrorHandling(app);
  await app.register(cookie);
  app.addSchema(ErrorResponse);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'OneTrip API',
        version: '0.1.0',
        description:
          'OneTrip (一次办) — Internet + Government Services platform. Errors share one envelope (ErrorResponse) with a stable `code`. ' +
          'Web clients use the session cookie and send X-CSRF-Token on unsafe methods; API clients log in with `"bearer": true` and send `Authorization: Bearer <token>`.',
      },
      components: {
        securitySchemes: {
          cookieSession: { type: 'apiKey', in: 'cookie', name: 'onetrip_session' },
          bearerToken: { type: 'http', scheme: 'bearer' },
        },
      },
      tags: [
        { name: 'system', description: 'Health and readiness' },
        { name: 'auth', description: 'Login, logout and the current session' },
        { name: 'applicants', description: 'Citizens and enterprises (申请人)' },
        { name: 'organization', description: 'Regions, departments, halls and windows' },
        { name: 'staff', description: 'Staff users and their roles' },
        { name: 'audit', description: 'The hash-chained audit log' },
        { name: 'catalog', description: 'Service-item catalogue: basic items, implementations, review, versions, proofs, guide checking' },
        { name: 'public catalog', description: 'Published guides and the proof catalogue, without login' },
        { name: 'catalog import/export', description: 'Spreadsheet (xlsx) template, import with a row-by-row error report, and export of the catalogue' },
        { name: 'calendar', description: 'Working-day calendar: statutory holidays and adjusted working days per year, deadline arithmetic' },
        { name: 'cases', description: 'Cases (办件): drafts, materials, submission with case numbers, the front desk\'s pre-review, acceptance, rejection and correction requests' },
        { name: 'notifications', description: 'In-app notifications of applicants and staff; the SMS/e-mail outbox for administrators' },
        { name: 'licences', description: 'Electronic licences: licence types, departments\' seals (SM2), issuing, verification, status lists, my licences, stock import, the generation rate' },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  registerAuth(app, deps);

  await app.register(async (api) => {
    await api.register(systemRoutes, { deps });
    await api.register(identityRoutes, { deps });
    await api.register(organizationRoutes, { deps });
    await api.register(staffRoutes, { deps });
    await api.register(auditRoutes, { deps });
    await api.register(catalogRoutes, { deps });
    await api.register(catalogImportExportRoutes, { deps });
    await api.register(catalogFileRoutes, { deps });
    await api.register(calendarRoutes, { deps });
    await api.register(notificationRoutes, { deps });
    await api.register(caseRoutes, { deps });
    await api.register(caseApprovalRoutes, { deps });
    await api.register(caseAttachmentRoutes, { deps });
    await api.register(frontDeskRoutes, { deps });
    await api.register(licenceWalletRoutes, { deps });
    await api.register(licenceAdminRoutes, { deps });
    await api.register(licenceVerifyRoutes, { deps });
    await api.register(licenceImportRoutes, { deps });
  }, { prefix: '/api' });

  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  const indexHtml = path.join(config.webDistDir, 'index.html');
  if (fs.existsSync(indexHtml)) {
    // Files are looked up per request (serve: false), so a rebuilt web/dist is served without a restart.
    await app.register(fastifyStatic, { root: config.webDistDir, serve: false });
    // Single-page app: any non-API GET that is not a file gets index.html; the client router shows 404s.
    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(request.url.split('?')[0] ?? '/');
      } catch {
        return reply.callNotFound();
      }
      if (urlPath.startsWith('/api/')) return reply.callNotFound();
      const file = path.resolve(config.webDistDir, `.${urlPath}`);
      if (file.startsWith(config.webDistDir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        // Hashed bundle names never change content; everything else is revalidated.
        const cacheable = urlPath.startsWith('/assets/');
        return reply.header('cache-control', cacheable ? 'public, max-age=31536000, immutable' : 'no-cache').sendFile(path.relative(config.webDistDir, file));
      }
      if (urlPath.startsWith('/assets/')) return reply.callNotFound();
      const html = await fs.promises.readFile(indexHtml, 'utf8');
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(html);
    });
  }
  return app;
}
