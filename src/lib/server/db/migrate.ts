import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { Database } from './connect';

/** The committed drizzle-kit migrations; the app runs from the project folder. */
export const defaultMigrationsFolder = resolve(process.env.MIGRATIONS_DIR ?? 'drizzle');

export async function migrateDatabase(
	database: Database,
	migrationsFolder = defaultMigrationsFolder
): Promise<void> {
	if (!existsSync(resolve(migrationsFolder, 'meta/_journal.json'))) {
		throw new Error(
			`Hittar inga databasmigreringar i ${migrationsFolder}. Starta plattformen från projektmappen eller sätt MIGRATIONS_DIR.`
		);
	}
	const config = { migrationsFolder };
	if (database.engine === 'postgres') {
		await migratePostgres(database.db as unknown as PostgresJsDatabase, config);
	} else {
		await migratePglite(database.db as unknown as PgliteDatabase, config);
	}
}
