import type { Database } from './db/connect';
import { assertDurableCommits, serverSettings } from './db/durability';
import { importRegisterIfEmpty } from './db/forbund';
import { migrateDatabase } from './db/migrate';
import { findFirstOpenRound } from './db/rounds';
import { stockholmToday } from '../dates';
import { syncInstrument, type SyncReport } from './db/questionnaire-versions';
import { seedDemoIfEmpty } from './demo/seed-demo';
import { seedDemoReportsIfEmpty } from './demo/demo-reports';
import { demoUsers as demoAccounts, seedDemoUsersIfEmpty } from './demo/users';
import { findUserByEmail } from './db/users';
import { ongoingParticipantQuestionnaire } from '../instrument/keys';
import type { Instrument } from '../instrument/types';
import { parseRegister } from './register/forbund-register';

export interface StartupOptions {
	instrument: Instrument;
	demo: boolean;
	currentYear: number;
	migrationsFolder?: string;
}

export interface StartupReport {
	registerImported: number;
	instrument: SyncReport;
	demoSeeded: boolean;
	/** A participant link and code to print for the demo. */
	demoParticipant?: { token: string; code: string };
	/** Whether the demo accounts exist, so that their logins can be printed. */
	demoUsers: boolean;
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
	const instrument = await syncInstrument(database.db, options.instrument);
	const registerImported = await importRegisterIfEmpty(database.db, parseRegister());
	const demoSeeded = options.demo
		? await seedDemoIfEmpty(database.db, options.currentYear, options.instrument)
		: false;
	const demoUsers = options.demo
		? await seedDemoUsersIfEmpty(database.db, options.currentYear)
		: false;
	const publisher = options.demo
		? await findUserByEmail(database.db, demoAccounts[0]!.email)
		: null;
	if (publisher) {
		await seedDemoReportsIfEmpty(
			database.db,
			options.currentYear,
			options.instrument,
			publisher,
			stockholmToday()
		);
	}
	const demoParticipant = options.demo
		? await findFirstOpenRound(database.db, ongoingParticipantQuestionnaire, stockholmToday())
		: undefined;
	return { registerImported, instrument, demoSeeded, demoUsers, demoParticipant };
}
