import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openDatabase, type Database, type Engine } from '../../src/lib/server/db/connect';
import { defaultMigrationsFolder, migrateDatabase } from '../../src/lib/server/db/migrate';

/**
 * Database tests run on PGlite always and on real PostgreSQL when TEST_DATABASE_URL is set.
 * `describe.each(engines)` runs a suite on each.
 */
export const engines: Engine[] = process.env.TEST_DATABASE_URL
	? ['pglite', 'postgres']
	: ['pglite'];

/**
 * The one engine the browser suite runs its screens and admin workflows on: PostgreSQL when
 * TEST_DATABASE_URL is set (always in CI), PGlite otherwise. The database modules are tested on
 * both engines by the unit project, so a screen on both would mostly repeat browser work. Only
 * what proves something of the embedded default itself runs on both (see `engines` in
 * participant.e2e.ts and foundation.e2e.ts).
 */
export const browserEngine: Engine = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

export interface TestDatabase extends Database {
	/** On PostgreSQL: the database's URL, for a second connection of a test's own. */
	url?: string;
	/** Closes the connection and, on PostgreSQL, drops the database. */
	destroy(): Promise<void>;
}

export function testDatabaseUrl(): string {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) throw new Error('TEST_DATABASE_URL is not set');
	return url;
}

/**
 * Creates a PostgreSQL database of its own, so parallel test files never collide: empty, or a
 * copy of the database at `templateUrl` (which no session may be using meanwhile).
 */
export async function createPostgresDatabase(
	prefix = 'nns_test',
	templateUrl?: string
): Promise<string> {
	const adminUrl = testDatabaseUrl();
	const name = `${prefix}_${randomBytes(6).toString('hex')}`;
	const template = templateUrl ? ` template "${new URL(templateUrl).pathname.slice(1)}"` : '';
	const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
	try {
		await admin.unsafe(`create database "${name}"${template}`);
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

/**
 * What a PGlite template depends on: PGlite's version and every file of the migrations, so
 * that a changed or added migration makes a new template.
 */
function pgliteTemplateKey(kind: 'empty' | 'migrated'): string {
	const hash = createHash('sha256').update(kind);
	const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
	let root = dirname(entry);
	while (!existsSync(join(root, 'package.json'))) root = dirname(root);
	hash.update(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
	if (kind === 'migrated') {
		const files = readdirSync(defaultMigrationsFolder, { recursive: true, encoding: 'utf8' });
		for (const file of files.sort()) {
			const path = join(defaultMigrationsFolder, file);
			if (!existsSync(path) || !path.match(/\.(sql|json)$/)) continue;
			hash.update(file).update(readFileSync(path));
		}
	}
	return `${kind}-${hash.digest('hex').slice(0, 16)}`;
}

const pgliteTemplates = new Map<string, Promise<Blob>>();

/**
 * A new PGlite spends seconds in initdb; one started from a dumped data directory takes a
 * fraction of that. The dump of a new (and migrated) database is made once and kept in the
 * system's temporary folder, so every spec file and later run starts from it.
 */
function pgliteTemplate(kind: 'empty' | 'migrated'): Promise<Blob> {
	const key = pgliteTemplateKey(kind);
	let template = pgliteTemplates.get(key);
	if (!template) {
		template = loadOrMakePgliteTemplate(key, kind);
		pgliteTemplates.set(key, template);
		template.catch(() => pgliteTemplates.delete(key));
	}
	return template;
}

async function loadOrMakePgliteTemplate(key: string, kind: 'empty' | 'migrated'): Promise<Blob> {
	const folder = join(tmpdir(), 'nns-test-pglite');
	const file = join(folder, `${key}.tar`);
	if (existsSync(file)) return new Blob([await readFile(file)]);
	const database = openDatabase({});
	try {
		if (kind === 'migrated') await migrateDatabase(database);
		else await database.rows('select 1');
		const dump = await database.dumpDataDir!();
		await mkdir(folder, { recursive: true });
		// Written aside and renamed, so a parallel worker never reads half a file.
		const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
		await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
		await rename(partial, file);
		return dump;
	} finally {
		await database.close();
	}
}

/** A fresh, empty database on the given engine; migrated unless `migrate: false`. */
export async function createTestDatabase(
	engine: Engine,
	{ migrate = true }: { migrate?: boolean } = {}
): Promise<TestDatabase> {
	const url = engine === 'postgres' ? await createPostgresDatabase() : undefined;
	const database = url
		? openDatabase({ url, max: 4 })
		: openDatabase({ loadDataDir: await pgliteTemplate(migrate ? 'migrated' : 'empty') });
	if (migrate && url) await migrateDatabase(database);
	let destroyed = false;
	return {
		...database,
		url,
		async destroy() {
			if (destroyed) return;
			destroyed = true;
			await database.close().catch(() => {});
			if (url) await dropPostgresDatabase(url);
		}
	};
}

/**
 * Empties a test database between tests. A migrated one keeps its tables and loses their rows,
 * with every identity back at 1, in one statement; the migrations insert no rows, so nothing
 * needs putting back. An unmigrated one loses every schema the test made, as if just created.
 */
export async function resetTestDatabase(
	database: Database,
	{ migrated = true }: { migrated?: boolean } = {}
): Promise<void> {
	if (!migrated) {
		await database.rows('drop schema if exists drizzle cascade');
		await database.rows('drop schema if exists public cascade');
		await database.rows('create schema public');
		return;
	}
	const tables = await database.rows<{ tablename: string }>(
		"select tablename from pg_tables where schemaname = 'public' and tablename <> '__drizzle_migrations'"
	);
	if (tables.length === 0) return;
	const list = tables.map((t) => `"public"."${t.tablename.replaceAll('"', '""')}"`).join(', ');
	await database.rows(`truncate table ${list} restart identity cascade`);
}

export interface SharedTestDatabase extends Database {
	/** Empties the database now, as `beforeEach` does before every test. */
	reset(): Promise<void>;
}

export interface SharedTestDatabaseOptions {
	/** Migrate once in `beforeAll` (default); `false` gives an empty database, emptied again before each test. */
	migrate?: boolean;
	/** Empty the database before each test (default); `false` lets the file's tests build on each other, in order. */
	resetEachTest?: boolean;
}

/**
 * One database per spec file and engine, instead of one per test: created (and migrated) in
 * `beforeAll`, emptied in `beforeEach`, destroyed in `afterAll`. Call it inside the `describe`
 * and use the returned handle in tests and hooks: `database.db`, `database.rows(...)`, or the
 * handle itself wherever a `Database` is taken.
 */
export function useTestDatabase(
	engine: Engine,
	{ migrate = true, resetEachTest = true }: SharedTestDatabaseOptions = {}
): SharedTestDatabase {
	let current: TestDatabase | undefined;
	const open = () => {
		if (!current) throw new Error('useTestDatabase: the database exists only in tests and hooks');
		return current;
	};
	const handle: SharedTestDatabase = {
		engine,
		get db() {
			return open().db;
		},
		rows: <T extends Record<string, unknown>>(query: string) => open().rows<T>(query),
		close: () => open().close(),
		reset: () => resetTestDatabase(open(), { migrated: migrate })
	};
	const idle = engine === 'pglite' ? idlePglite[migrate ? 'migrated' : 'empty'] : undefined;
	beforeAll(async () => {
		current = await reuseIdlePglite(idle, migrate);
		current ??= await createTestDatabase(engine, { migrate });
	});
	if (resetEachTest) beforeEach(() => handle.reset());
	afterAll(async () => {
		if (current && idle) idle.push(current);
		else await current?.destroy();
		current = undefined;
	});
	return handle;
}

/**
 * PGlite databases that earlier spec files of this worker are done with. Where files share a
 * worker's modules (`isolate: false`), the next file takes one, emptied, instead of starting
 * another PGlite; they live in memory and go with the worker. PostgreSQL databases are always
 * dropped after their file, so that none is left on the server.
 */
const idlePglite: Record<'empty' | 'migrated', TestDatabase[]> = { empty: [], migrated: [] };

async function reuseIdlePglite(
	idle: TestDatabase[] | undefined,
	migrated: boolean
): Promise<TestDatabase | undefined> {
	const database = idle?.pop();
	if (!database) return undefined;
	try {
		await resetTestDatabase(database, { migrated });
		return database;
	} catch {
		// Closed by its last file: start a new one instead.
		await database.destroy();
		return undefined;
	}
}
