/** npm run db:seed — loads the demo city if it is not there yet. */
import path from 'node:path';
import { loadConfig } from '../platform/config/config.ts';
import { openDatabase } from '../platform/db/open-database.ts';
import { migrateToLatest } from '../platform/db/migrate.ts';
import { resolvePiiMasterKey } from '../platform/crypto/master-key.ts';
import { createPiiCipher } from '../platform/crypto/pii-cipher.ts';
import { seedDemoData } from '../seed/seed-demo.ts';
import { seedDemoCatalog } from '../seed/seed-catalog.ts';
import { LocalDiskStorage } from '../platform/files/file-storage.ts';
import { seedDemoLicences } from '../seed/demo-licences.ts';
import { createLicenceKeyVault } from '../modules/licences/licence-keys.ts';
import { sm2Pool } from '../platform/crypto/sm2-pool.ts';

const config = loadConfig();
const database = await openDatabase(config);
try {
  await migrateToLatest(database.db);
  const seeded = await seedDemoData(database.db, createPiiCipher(resolvePiiMasterKey(config).key));
  const catalog = await seedDemoCatalog(database.db, { files: new LocalDiskStorage(path.join(config.dataDir, 'files')) });
  const licences = await seedDemoLicences({ db: database.db, keys: createLicenceKeyVault(config, database.db, sm2Pool()) });
  process.stdout.write(`${seeded ? 'demo data loaded' : 'demo data was already loaded'}; ${catalog ? 'demo catalogue loaded' : 'demo catalogue was already loaded'}; demo licence types ${licences.types}, seals ${licences.seals} added\n`);
} finally {
  await database.close();
}
