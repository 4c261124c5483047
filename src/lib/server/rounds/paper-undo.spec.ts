import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRoundFixture, type RoundFixture } from '$test/builders';
import { engines, useTestDatabase } from '$test/database';
import { countPaperEntry } from '../db/audit';
import { lockYear } from '../db/locked-years';
import { listPaperForms } from '../db/paper-responses';
import { storeResponse } from '../db/responses';
import { insertUser } from '../db/users';
import { lockedYearMessage } from './round-messages';
import { lastPaperEntry, rememberPaperEntry, undoLastPaperEntry } from './paper-undo';

describe.each(engines)('undoing the last paper form on %s', (engine) => {
	const database = useTestDatabase(engine);
	let fixture: RoundFixture;
	let entry: Parameters<typeof countPaperEntry>[1];

	const enterPaper = async (sessionId: string, value: number) => {
		const submissionId = randomUUID();
		await storeResponse(database.db, {
			roundId: fixture.roundId,
			questionnaireVersionId: fixture.questionnaireVersionId,
			submissionId,
			language: 'sv',
			source: 'paper',
			submittedOn: '2026-03-02',
			background: {},
			answers: { 'i01-respekt': { value } }
		});
		await countPaperEntry(database.db, entry, '2026-03-02');
		rememberPaperEntry(sessionId, fixture.roundId, submissionId);
	};

	beforeEach(async () => {
		fixture = await createRoundFixture(database.db, { year: 2026 });
		const actor = await insertUser(database.db, { email: 'p@example.se', name: 'Per Papper' });
		entry = { actor, forbundId: fixture.forbundId, roundId: fixture.roundId, label: 'x 2026' };
	});

	it('undoes only the session’s last form, once, counted in the day’s audit line', async () => {
		const session = randomUUID();
		await enterPaper(session, 3);
		await enterPaper(session, 6);
		await enterPaper(randomUUID(), 2);
		expect(await undoLastPaperEntry(database.db, session, entry, '2026-03-02')).toEqual({
			ok: true
		});
		const left = (await listPaperForms(database.db, fixture.roundId)).map(
			(f) => f.answers['i01-respekt']
		);
		expect(left.sort()).toEqual([2, 3]);
		expect(lastPaperEntry(session, fixture.roundId)).toBeNull();
		expect((await undoLastPaperEntry(database.db, session, entry, '2026-03-02')).ok).toBe(false);
		const audit = await database.rows<{ summary: string }>('select summary from audit_log');
		expect(audit.map((r) => r.summary)).toEqual([
			'Matade in 3 pappersenkäter (x 2026) under dagen; ångrade 1.'
		]);
	});

	it('another session cannot undo it, and a locked year refuses it', async () => {
		const session = randomUUID();
		await enterPaper(session, 4);
		expect((await undoLastPaperEntry(database.db, randomUUID(), entry, '2026-03-02')).ok).toBe(
			false
		);
		await lockYear(database.db, 2026, '2026-12-01');
		expect(await undoLastPaperEntry(database.db, session, entry, '2026-03-02')).toEqual({
			ok: false,
			message: lockedYearMessage
		});
		expect(await listPaperForms(database.db, fixture.roundId)).toHaveLength(1);
	});
});
