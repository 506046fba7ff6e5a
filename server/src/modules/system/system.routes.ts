import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { sql } from 'kysely';
import type { Deps } from '../../platform/http/deps.ts';
import { areMigrationsCurrent } from '../../platform/db/migrate.ts';

export const systemRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get('/health', {
    schema: { tags: ['system'], summary: 'Liveness: the process is up', response: { 200: Type.Object({ status: Type.Literal('ok') }) } },
  }, () => ({ status: 'ok' as const }));

  app.get('/ready', {
    schema: {
      tags: ['system'],
      summary: 'Readiness: database reachable and migrations current',
      response: {
        200: Type.Object({ status: Type.Literal('ready'), database: Type.Literal('ok'), migrations: Type.Literal('current') }),
        503: Type.Object({ status: Type.Literal('not_ready'), database: Type.String(), migrations: Type.String() }),
      },
    },
  }, async (_request, reply) => {
    let database = 'ok';
    let migrations = 'unknown';
    try {
      await sql`SELECT 1`.execute(deps.db);
      migrations = (await areMigrationsCurrent(deps.db)) ? 'current' : 'pending';
    } catch {
      database = 'unreachable';
    }
    if (database === 'ok' && migrations === 'current') return { status: 'ready' as const, database: 'ok' as const, migrations: 'current' as const };
    return reply.status(503).send({ status: 'not_ready' as const, database, migrations });
  });
};
