import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Schema = typeof schema;
/** The query interface shared by both engines: every query in the app is written against this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'postgres' | 'pglite';

export interface Database {
	db: Db;
	engine: Engine;
	/** Runs a raw query and returns its rows; for settings checks and diagnostics. */
	rows<T extends Record<string, unknown>>(query: string): Promise<T[]>;
	close(): Promise<void>;
	/** PGlite only: the whole data directory as a tar file, to start other databases from (tests). */
	dumpDataDir?(): Promise<Blob>;
}

export interface DatabaseOptions {
	/** A PostgreSQL connection string; when absent the embedded PGlite engine is used. */
	url?: string;
	/** Where PGlite keeps its files; `undefined` keeps the database in memory (tests). */
	dataDir?: string;
	/** Connection pool size for PostgreSQL. */
	max?: number;
	/** PGlite only: start from this dumped data directory (see `dumpDataDir`) instead of an empty one. */
	loadDataDir?: Blob;
}

export function openDatabase(options: DatabaseOptions): Database {
	if (options.url) {
		const client = postgres(options.url, {
			max: options.max ?? 10,
			onnotice: () => {},
			connect_timeout: 10
		});
		const db = drizzlePostgres(client, { schema, casing: 'snake_case' }) as unknown as Db;
		return {
			db,
			engine: 'postgres',
			rows: async (query) => [...(await client.unsafe(query))] as never,
			close: () => client.end({ timeout: 5 })
		};
	}
	const client = options.loadDataDir
		? new PGlite({ dataDir: options.dataDir, loadDataDir: options.loadDataDir })
		: new PGlite(options.dataDir);
	const db = drizzlePglite(client, { schema, casing: 'snake_case' }) as unknown as Db;
	return {
		db,
		engine: 'pglite',
		rows: async (query) => (await client.query(query)).rows as never,
		close: () => client.close(),
		dumpDataDir: () => client.dumpDataDir('none')
	};
}

/** A parameter of `executePrepared`: the statement casts it to its column type. */
export type PreparedParameter = string | number | boolean | null;

/**
 * Runs one statement whose text never changes, prepared once per connection on PostgreSQL
 * (drizzle sends raw SQL unprepared, and parsing and planning a large statement on every call
 * cost a submit more than its inserts did). Parameters are passed as text or numbers and cast in
 * the statement (`$1::text::jsonb`), so that both engines send them alike. It needs the database
 * itself: a drizzle transaction does not expose its connection.
 */
export async function executePrepared<T extends Record<string, unknown>>(
	db: Db,
	text: string,
	parameters: PreparedParameter[]
): Promise<T[]> {
	const client: unknown = (db as { $client?: unknown }).$client;
	if (client instanceof PGlite) return (await client.query<T>(text, parameters)).rows;
	if (typeof client === 'function' && 'unsafe' in client) {
		const sqlClient = client as postgres.Sql;
		return [...(await sqlClient.unsafe<T[]>(text, parameters, { prepare: true }))];
	}
	throw new Error('executePrepared needs the database, not a transaction');
}

/** A cheap round trip that proves the database answers. */
export async function ping(db: Db): Promise<void> {
	await db.execute(sql`select 1`);
}

/** The rows of a raw `execute`: postgres.js returns them as the result, PGlite as `{ rows }`. */
export function rowsOf<T = Record<string, unknown>>(result: unknown): T[] {
	if (Array.isArray(result)) return result as T[];
	return ((result as { rows?: T[] }).rows ?? []) as T[];
}
