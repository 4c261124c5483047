import { beforeAll, describe, expect, it } from 'vitest';
import { createRoundFixture, type RoundFixture } from '$test/builders';
import { engines, useTestDatabase } from '$test/database';
import { refusal } from '$test/guards';
import { loadRound, offersLanguage } from './load-round';

describe.each(engines)('the round behind a participant link on %s', (engine) => {
	const database = useTestDatabase(engine, { resetEachTest: false });
	let open: RoundFixture;
	let closed: RoundFixture;
	let future: RoundFixture;
	beforeAll(async () => {
		open = await createRoundFixture(database.db, { languages: ['sv', 'en'] });
		closed = await createRoundFixture(database.db, {
			opensOn: '2020-01-01',
			closesOn: '2020-12-31'
		});
		future = await createRoundFixture(database.db, {
			opensOn: '2099-01-01',
			closesOn: '2099-12-31'
		});
	});

	it('gives the round and whether it is open today', async () => {
		const found = await loadRound(database.db, open.token);
		expect(found.round.token).toBe(open.token);
		expect(found.state).toBe('open');
		expect(offersLanguage(found.round, 'en')).toBe(true);
		expect(offersLanguage(found.round, 'ar')).toBe(false);
		expect((await loadRound(database.db, closed.token)).state).toBe('closed');
		expect((await loadRound(database.db, future.token)).state).toBe('not-yet-open');
	});

	it('answers an unknown link with 404', async () => {
		expect(await refusal(loadRound(database.db, 'A'.repeat(24)))).toBe(404);
	});
});
