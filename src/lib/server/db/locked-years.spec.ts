import { randomUUID } from 'node:crypto';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoundFixture } from '$test/builders';
import { createTestDatabase, engines, type TestDatabase } from '$test/database';
import { roundState } from '../rounds/round-state';
import { lockYear } from './locked-years';
import { storeResponse } from './responses';
import { findRoundByToken } from './rounds';

/** A paper answer to a round, stored as every path stores one. */
const answer = (
	database: TestDatabase,
	fixture: { roundId: number; questionnaireVersionId: number }
) =>
	storeResponse(database.db, {
		roundId: fixture.roundId,
		questionnaireVersionId: fixture.questionnaireVersionId,
		submissionId: randomUUID(),
		language: 'sv',
		source: 'paper',
		submittedOn: '2026-11-22',
		background: {},
		answers: { 'i01-respekt': { value: 6 } }
	});

// Found in a real year: after NNS locked 2026 an open 2026 round still took a web answer.
describe.each(engines)('a locked year on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
	});
	afterAll(async () => {
		await database.destroy();
	});

	it('takes no answer from any path once locked, and its open rounds read as closed', async () => {
		const open = await createRoundFixture(database.db, {
			opensOn: '2026-01-10',
			closesOn: '2026-12-20',
			forbundName: 'Låsta förbundet'
		});
		const notYetOpen = await createRoundFixture(database.db, {
			opensOn: '2026-12-01',
			closesOn: '2026-12-31',
			forbundName: 'Låsta förbundet'
		});
		expect(await answer(database, open)).toBe('stored');

		expect(await lockYear(database.db, 2026, '2026-11-22')).toBe(true);
		expect(await lockYear(database.db, 2026, '2026-11-23')).toBe(false);

		expect(await answer(database, open)).toBe('locked');
		expect(await answer(database, notYetOpen)).toBe('locked');
		const counted = await database.rows<{ n: number }>(
			`select count(*)::int as n from response where round_id in (${open.roundId}, ${notYetOpen.roundId})`
		);
		expect(counted[0]?.n).toBe(1);

		const found = await findRoundByToken(database.db, open.token);
		expect(found).toMatchObject({ locked: true, opensOn: '2026-01-10', closesOn: '2026-11-22' });
		expect(roundState(found!, '2026-11-22')).toBe('closed');
		const later = await findRoundByToken(database.db, notYetOpen.token);
		expect(later).toMatchObject({ opensOn: '2026-12-01', closesOn: '2026-12-01', locked: true });
		expect(roundState(later!, '2026-12-01')).toBe('closed');
	});
	it('is refused by the database itself, whatever inserts the response', async () => {
		const fixture = await createRoundFixture(database.db, {
			year: 2025,
			opensOn: '2025-03-01',
			closesOn: '2025-11-30',
			forbundName: 'Förbundet med 2025'
		});
		await lockYear(database.db, 2025, '2025-12-01');
		// As an import or a hand-written query would: straight into the table.
		await expect(
			database.rows(
				`insert into response (round_id, questionnaire_version_id, submission_id, language, source, submitted_on)
				 values (${fixture.roundId}, ${fixture.questionnaireVersionId}, gen_random_uuid(), 'sv', 'paper', '2025-11-20')`
			)
		).rejects.toMatchObject({ code: 'NL001' });
	});
});

// Two connections at once: PGlite serves one, so the race exists only on PostgreSQL.
describe.each(engines.filter((engine) => engine === 'postgres'))(
	'a year being locked on %s',
	(engine) => {
		let database: TestDatabase;
		beforeAll(async () => {
			database = await createTestDatabase(engine);
		});
		afterAll(async () => {
			await database.destroy();
		});

		it('refuses a submit that waited for a lock of the year being committed', async () => {
			const fixture = await createRoundFixture(database.db, {
				year: 2024,
				opensOn: '2024-03-01',
				closesOn: '2024-12-20',
				forbundName: 'Förbundet med 2024'
			});
			// NNS's lockYear, held open in a connection of the test's own: its rounds are taken
			// for update and the lock row is written but not yet committed.
			const other = postgres(database.url!, { max: 1, onnotice: () => {} });
			let release!: () => void;
			const held = new Promise<void>((resolve) => (release = resolve));
			try {
				let lockTaken!: () => void;
				const taken = new Promise<void>((resolve) => (lockTaken = resolve));
				const locking = other.begin(async (tx) => {
					await tx`select 1 from round where year = 2024 for update`;
					await tx`insert into locked_year (year) values (2024)`;
					lockTaken();
					await held;
				});
				await taken;
				let settled = false;
				const submit = answer(database, fixture).finally(() => (settled = true));
				await new Promise((resolve) => setTimeout(resolve, 300));
				expect(settled).toBe(false); // it waits for the lock, not past it
				release();
				await locking;
				expect(await submit).toBe('locked');
				const counted = await database.rows<{ n: number }>(
					`select count(*)::int as n from response where round_id = ${fixture.roundId}`
				);
				expect(counted[0]?.n).toBe(0);
			} finally {
				release(); // also when an expectation failed: the transaction must end
				await other.end();
			}
		});
	}
);
