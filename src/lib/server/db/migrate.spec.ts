import { describe, expect, it } from 'vitest';
import { engines, useTestDatabase } from '$test/database';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { migrateDatabase } from './migrate';
import * as schema from './schema';

/** Every table the schema declares, so that a new table is checked without editing this test. */
const schemaTables = Object.values(schema)
	.filter((value) => is(value, PgTable))
	.map((table) => getTableConfig(table as PgTable).name)
	.sort();

describe.each(engines)('migrations on %s', (engine) => {
	// Two databases per file: one left empty (emptied of every schema before each test) for
	// the tests that migrate themselves, and one migrated once and emptied of rows.
	const empty = useTestDatabase(engine, { migrate: false });
	const migrated = useTestDatabase(engine);

	it('creates every table of the schema in an empty database', async () => {
		const database = empty;
		await migrateDatabase(database);
		const tables = await database.rows<{ table_name: string }>(
			"select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name"
		);
		expect(schemaTables).toEqual(expect.arrayContaining(['forbund', 'insats']));
		expect(tables.map((t) => t.table_name)).toEqual(schemaTables);
	});

	it('is a no-op when run again, as on every later start', async () => {
		const database = migrated;
		await database.rows("insert into forbund (name, lan, omrade) values ('Test', 'Skåne', 'syd')");
		await migrateDatabase(database);
		const applied = await database.rows<{ n: number }>(
			'select count(*)::int as n from drizzle.__drizzle_migrations'
		);
		const kept = await database.rows<{ n: number }>('select count(*)::int as n from forbund');
		expect(applied[0]?.n).toBeGreaterThan(0);
		expect(kept[0]?.n).toBe(1);
	});

	it('refuses an unknown område at the database level', async () => {
		const database = migrated;
		await expect(
			database.rows("insert into forbund (name, lan, omrade) values ('X', 'Skåne', 'mitt')")
		).rejects.toThrow(/forbund_omrade_valid/);
	});

	it('names a missing migrations folder clearly', async () => {
		const database = empty;
		await expect(migrateDatabase(database, '/nonexistent/drizzle')).rejects.toThrow(
			/Hittar inga databasmigreringar i \/nonexistent\/drizzle/
		);
	});
});
