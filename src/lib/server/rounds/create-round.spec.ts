import { beforeEach, describe, expect, it } from 'vitest';
import { createRoundFixture, type RoundFixture } from '$test/builders';
import { engines, useTestDatabase } from '$test/database';
import { findForbundRound } from '../db/rounds';
import { createRound } from './create-round';

describe.each(engines)('creating a round on %s', (engine) => {
	const database = useTestDatabase(engine);
	let fixture: RoundFixture;
	beforeEach(async () => {
		fixture = await createRoundFixture(database.db, { forbundName: 'Förbund A' });
	});

	const newRound = () => ({
		forbundId: fixture.forbundId,
		year: 2026,
		questionnaireVersionId: fixture.questionnaireVersionId,
		insatsId: null,
		opensOn: '2026-03-01',
		closesOn: '2026-04-30',
		languages: ['sv'],
		expectedRespondents: 20
	});

	it('draws a new code when the first one is taken', async () => {
		const codes = [fixture.code, 'WXY347'];
		const id = await createRound(database.db, newRound(), {
			token: () => 'T'.repeat(24),
			code: () => codes.shift()!
		});
		const created = await findForbundRound(database.db, fixture.forbundId, id);
		expect(created?.code).toBe('WXY347');
	});
});
