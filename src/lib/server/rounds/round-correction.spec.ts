import { beforeEach, describe, expect, it } from 'vitest';
import { addResponse, createRoundFixture, type RoundFixture } from '$test/builders';
import { engines, useTestDatabase } from '$test/database';
import { lockYear } from '../db/locked-years';
import { deleteRoundRow, findForbundRound } from '../db/rounds';
import { insertUser } from '../db/users';
import { lockedYearMessage } from './round-messages';
import {
	correctRound,
	deleteRound,
	insatsProblem,
	roundHasAnswersMessage,
	structuralInsatsMessage
} from './round-correction';
import { insats } from '../db/schema';

describe.each(engines)('correcting and deleting a round on %s', (engine) => {
	const database = useTestDatabase(engine);
	let fixture: RoundFixture;
	let actor: { id: number; name: string };
	let ref: { id: number; forbundId: number; year: number; questionnaireKey: string };
	beforeEach(async () => {
		fixture = await createRoundFixture(database.db, { year: 2026 });
		actor = await insertUser(database.db, { email: 'a@example.se', name: 'Åsa Admin' });
		ref = {
			id: fixture.roundId,
			forbundId: fixture.forbundId,
			year: 2026,
			questionnaireKey: 'deltagare-pagaende'
		};
	});

	const auditActions = async () =>
		(await database.rows<{ action: string }>('select action from audit_log order by id')).map(
			(r) => r.action
		);

	it('corrects the dates, insats and expected number of a round without answers, audited', async () => {
		const found = await findForbundRound(database.db, fixture.forbundId, fixture.roundId);
		const outcome = await correctRound(database.db, actor, ref, {
			insatsId: found!.insatsId,
			opensOn: '2026-05-01',
			closesOn: '2026-06-30',
			expectedRespondents: 12
		});
		expect(outcome).toEqual({ ok: true });
		const after = await findForbundRound(database.db, fixture.forbundId, fixture.roundId);
		expect(after).toMatchObject({
			opensOn: '2026-05-01',
			closesOn: '2026-06-30',
			expectedRespondents: 12
		});
		expect(await auditActions()).toEqual(['round.correct']);
	});

	it('refuses an insats of another förbund', async () => {
		const other = await createRoundFixture(database.db, { forbundName: 'Annat förbund' });
		const otherRound = await findForbundRound(database.db, other.forbundId, other.roundId);
		const outcome = await correctRound(database.db, actor, ref, {
			insatsId: otherRound!.insatsId,
			opensOn: '2026-05-01',
			closesOn: '2026-06-30',
			expectedRespondents: null
		});
		expect(outcome).toMatchObject({ ok: false, field: 'insatsId' });
		expect(await auditActions()).toEqual([]);
	});

	it('deletes a round without answers, audited in the same transaction', async () => {
		expect(await deleteRound(database.db, actor, ref)).toEqual({ ok: true });
		expect(await findForbundRound(database.db, fixture.forbundId, fixture.roundId)).toBeNull();
		expect(await auditActions()).toEqual(['round.delete']);
	});

	it('refuses to delete or correct a round with answers, and changes nothing', async () => {
		await addResponse(database.db, fixture);
		expect(await deleteRound(database.db, actor, ref)).toEqual({
			ok: false,
			field: 'form',
			message: roundHasAnswersMessage
		});
		const corrected = await correctRound(database.db, actor, ref, {
			insatsId: null,
			opensOn: '2026-05-01',
			closesOn: '2026-06-30',
			expectedRespondents: null
		});
		expect(corrected).toMatchObject({ ok: false, message: roundHasAnswersMessage });
		expect(await findForbundRound(database.db, fixture.forbundId, fixture.roundId)).not.toBeNull();
		expect(await auditActions()).toEqual([]);
	});

	it('the database itself refuses to delete a round with answers', async () => {
		await addResponse(database.db, fixture);
		await expect(deleteRoundRow(database.db, fixture.roundId)).rejects.toThrow();
		expect(await findForbundRound(database.db, fixture.forbundId, fixture.roundId)).not.toBeNull();
	});

	it('refuses a round of a locked year', async () => {
		await lockYear(database.db, 2026, '2026-12-01');
		expect(await deleteRound(database.db, actor, ref)).toMatchObject({
			ok: false,
			message: lockedYearMessage
		});
		expect(await findForbundRound(database.db, fixture.forbundId, fixture.roundId)).not.toBeNull();
	});

	it('gives the participants’ questionnaires only to an individual insats', async () => {
		const [structural] = await database.db
			.insert(insats)
			.values({
				forbundId: fixture.forbundId,
				name: 'Samverkan',
				typ: 'struktur',
				parter: ['kommun'],
				startYear: 2010
			})
			.returning({ id: insats.id });
		expect(
			await insatsProblem(database.db, fixture.forbundId, structural!.id, 2026, 'deltagare-avslut')
		).toBe(structuralInsatsMessage);
		expect(
			await insatsProblem(database.db, fixture.forbundId, structural!.id, 2026, 'insatspersonal')
		).toBeNull();
		const outcome = await correctRound(database.db, actor, ref, {
			insatsId: structural!.id,
			opensOn: '2026-05-01',
			closesOn: '2026-06-30',
			expectedRespondents: null
		});
		expect(outcome).toEqual({ ok: false, field: 'insatsId', message: structuralInsatsMessage });
	});
});
