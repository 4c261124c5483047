import { mkdirSync } from 'node:fs';
import { env } from '$env/dynamic/private';
import { openDatabase } from './connect';

function embeddedDataDir(): string {
	const dir = env.PGLITE_DIR || 'data/pglite';
	mkdirSync(dir, { recursive: true });
	return dir;
}

/** The app's database: PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite in ./data. */
export const database = openDatabase(
	env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: embeddedDataDir() }
);
export const db = database.db;
