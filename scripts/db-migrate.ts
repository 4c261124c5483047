// `npm run db:migrate`: applies the committed migrations to DATABASE_URL, or to ./data/pglite.
import { mkdirSync } from 'node:fs';
import { openDatabase } from '../src/lib/server/db/connect';
import { migrateDatabase } from '../src/lib/server/db/migrate';

const url = process.env.DATABASE_URL;
const dataDir = process.env.PGLITE_DIR || 'data/pglite';
if (!url) mkdirSync(dataDir, { recursive: true });
const database = openDatabase(url ? { url, max: 1 } : { dataDir });
try {
	await migrateDatabase(database);
	console.log(`Databasen är migrerad (${url ? 'PostgreSQL' : dataDir}).`);
} finally {
	await database.close();
}
