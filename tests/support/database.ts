import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database, type Engine } from '../../src/lib/server/db/connect';
import { migrateDatabase } from '../../src/lib/server/db/migrate';

/**
 * Database tests run on PGlite always and on real PostgreSQL when TEST_DATABASE_URL is set.
 * `describe.each(engines)` runs a suite on each.
 */
export const engines: Engine[] = process.env.TEST_DATABASE_URL
	? ['pglite', 'postgres']
	: ['pglite'];

export interface TestDatabase extends Database {
	/** Closes the connection and, on PostgreSQL, drops the database. */
	destroy(): Promise<void>;
}

export function testDatabaseUrl(): string {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) throw new Error('TEST_DATABASE_URL is not set');
	return url;
}

/** Creates an empty PostgreSQL database of its own, so parallel test files never collide. */
export async function createPostgresDatabase(prefix = 'nns_test'): Promise<string> {
	const adminUrl = testDatabaseUrl();
	const name = `${prefix}_${randomBytes(6).toString('hex')}`;
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`create database "${name}"`);
	} finally {
		await admin.end();
	}
	const url = new URL(adminUrl);
	url.pathname = `/${name}`;
	return url.toString();
}

export async function dropPostgresDatabase(databaseUrl: string): Promise<void> {
	const name = new URL(databaseUrl).pathname.slice(1);
	const admin = postgres(testDatabaseUrl(), { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`drop database if exists "${name}" with (force)`);
	} finally {
		await admin.end();
	}
}

/** A fresh, empty database on the given engine; migrated unless `migrate: false`. */
export async function createTestDatabase(
	engine: Engine,
	{ migrate = true }: { migrate?: boolean } = {}
): Promise<TestDatabase> {
	const url = engine === 'postgres' ? await createPostgresDatabase() : undefined;
	const database = openDatabase(url ? { url, max: 4 } : {});
	if (migrate) await migrateDatabase(database);
	let destroyed = false;
	return {
		...database,
		async destroy() {
			if (destroyed) return;
			destroyed = true;
			await database.close().catch(() => {});
			if (url) await dropPostgresDatabase(url);
		}
	};
}
