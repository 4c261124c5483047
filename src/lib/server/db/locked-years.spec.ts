import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRoundFixture } from '$test/builders';
import { createTestDatabase, engines, type TestDatabase } from '$test/database';
import { roundState } from '../rounds/round-state';
import { lockYear } from './locked-years';
import { storeResponse } from './responses';
import { findRoundByToken } from './rounds';

// Found in a real year: after NNS locked 2026 an open 2026 round still took a web answer.
describe.each(engines)('a locked year on %s', (engine) => {
	let database: TestDatabase;
	beforeAll(async () => {
		database = await createTestDatabase(engine);
	});
	afterAll(async () => {
		await database.destroy();
	});

	const answer = (fixture: { roundId: number; questionnaireVersionId: number }) =>
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
		expect(await answer(open)).toBe('stored');

		expect(await lockYear(database.db, 2026, '2026-11-22')).toBe(true);
		expect(await lockYear(database.db, 2026, '2026-11-23')).toBe(false);

		expect(await answer(open)).toBe('locked');
		expect(await answer(notYetOpen)).toBe('locked');
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
});
