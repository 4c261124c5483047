import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, engines, type TestDatabase } from '$test/database';
import { countPaperEntry } from './audit';
import { forbund } from './schema';
import { insertUser } from './users';

describe.each(engines)('paper entry in the audit log on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
	});
	afterAll(async () => {
		await database.destroy();
	});

	it('keeps one count per round, person and day, stamped at the start of the day', async () => {
		const [forbundRow] = await database.db
			.insert(forbund)
			.values({ name: 'F', lan: 'Skåne', omrade: 'syd' })
			.returning({ id: forbund.id });
		const user = await insertUser(database.db, { email: 'e@example.se', name: 'Eva Ek' });
		const entry = { actor: user, forbundId: forbundRow!.id, roundId: 7, label: 'styrelse 2026' };
		await countPaperEntry(database.db, entry, '2026-03-02');
		await countPaperEntry(database.db, entry, '2026-03-02');
		await countPaperEntry(database.db, entry, '2026-03-02');
		await countPaperEntry(database.db, entry, '2026-03-03');
		const rows = await database.rows<{ at: string; summary: string }>(
			`select to_char(at at time zone 'Europe/Stockholm', 'YYYY-MM-DD HH24:MI') as at, summary
			 from audit_log order by at`
		);
		expect(rows).toEqual([
			{
				at: '2026-03-02 00:00',
				summary: 'Matade in 3 pappersenkäter (styrelse 2026) under dagen.'
			},
			{ at: '2026-03-03 00:00', summary: 'Matade in 1 pappersenkät (styrelse 2026) under dagen.' }
		]);
	});
});
