/**
 * npm run audit:verify — recomputes the SM3 hash chain of the audit log and names the first broken link.
 * Exit code 0 when intact, 2 when broken. Stop the server first when using the embedded database.
 */
import { loadConfig } from '../platform/config/config.ts';
import { openDatabase } from '../platform/db/open-database.ts';
import { verifyAuditChain } from '../platform/audit/verify-audit-chain.ts';

const config = loadConfig();
const database = await openDatabase(config);
let exitCode = 0;
try {
  const result = await verifyAuditChain(database.db);
  if (result.ok) {
    process.stdout.write(`audit chain intact: ${result.checked} events, head ${result.headHash}\n`);
  } else {
    process.stdout.write(`audit chain BROKEN at event ${result.brokenAtId} (${result.reason}): ${result.detail}\n${result.checked} events before it are intact\n`);
    exitCode = 2;
  }
} finally {
  await database.close();
}
process.exit(exitCode);
