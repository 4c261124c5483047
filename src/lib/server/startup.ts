import type { Database } from './db/connect';
import { assertDurableCommits, serverSettings } from './db/durability';
import { importRegisterIfEmpty } from './db/forbund';
import { migrateDatabase } from './db/migrate';
import { seedDemoIfEmpty } from './demo/seed-demo';
import { parseRegister } from './register/forbund-register';

export interface StartupOptions {
	demo: boolean;
	currentYear: number;
	migrationsFolder?: string;
}

export interface StartupReport {
	registerImported: number;
	demoSeeded: boolean;
}

/** Everything that must hold before the first request is served, in order. */
export async function prepareDatabase(
	database: Database,
	options: StartupOptions
): Promise<StartupReport> {
	if (database.engine === 'postgres') {
		await assertDurableCommits(serverSettings(database));
	}
	await migrateDatabase(database, options.migrationsFolder);
	const registerImported = await importRegisterIfEmpty(database.db, parseRegister());
	const demoSeeded = options.demo ? await seedDemoIfEmpty(database.db, options.currentYear) : false;
	return { registerImported, demoSeeded };
}
