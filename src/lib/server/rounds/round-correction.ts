import { recordAudit } from '../db/audit';
import type { Db } from '../db/connect';
import { findInsats } from '../db/insats';
import { deleteRoundRow, lockRoundForChange, updateRoundSettings } from '../db/rounds';
import { errorCode } from '../logging/safe-error';
import { needsIndividualInsats } from '../../instrument/keys';
import { lockedYearMessage } from './round-messages';

export const roundHasAnswersMessage =
	'Omgången har svar och kan inte tas bort eller rättas. Stäng den i stället om den inte ska ta emot fler svar.';

export type CorrectionOutcome = { ok: true } | { ok: false; field: string; message: string };

interface Actor {
	id: number;
	name: string;
}

/** The round as the admin saw it: enough to name it in the audit log. */
interface RoundRef {
	id: number;
	forbundId: number;
	year: number;
	questionnaireKey: string;
}

export interface RoundCorrection {
	insatsId: number | null;
	opensOn: string;
	closesOn: string;
	expectedRespondents: number | null;
}

/**
 * Why an insats cannot carry a round of a questionnaire in a year, or null when it can: it
 * must be the förbund's own, running that year, and individual for the participants'
 * questionnaires (a structural insats has no participants to ask).
 */
export async function insatsProblem(
	db: Db,
	forbundId: number,
	insatsId: number | null,
	year: number,
	questionnaireKey: string
): Promise<string | null> {
	if (insatsId === null) return null;
	const insats = await findInsats(db, forbundId, insatsId);
	const active =
		insats && insats.startYear <= year && (insats.endYear === null || insats.endYear >= year);
	if (!active) return 'Välj en av förbundets insatser som pågår det året.';
	if (needsIndividualInsats(questionnaireKey) && insats.typ !== 'individ') {
		return structuralInsatsMessage;
	}
	return null;
}

export const structuralInsatsMessage =
	'Deltagarenkäten gäller individinriktade insatser: en strukturinriktad insats har inga deltagare att fråga. Välj en individinriktad insats.';

/** The checks every correction and deletion makes inside its transaction, after the lock. */
async function changeableProblem(db: Db, roundId: number): Promise<CorrectionOutcome> {
	const state = await lockRoundForChange(db, roundId);
	if (!state) return { ok: false, field: 'form', message: 'Omgången finns inte.' };
	if (state.locked) return { ok: false, field: 'form', message: lockedYearMessage };
	if (state.responses > 0) return { ok: false, field: 'form', message: roundHasAnswersMessage };
	return { ok: true };
}

/** A foreign key refused the change: an answer came to the round after all. */
function isForeignKeyViolation(error: unknown): boolean {
	return errorCode(error) === '23503';
}

/**
 * Corrects a mistaken round that has no answers: dates, insats and expected number, with its
 * audit entry in the same transaction. A round with answers keeps its settings: its answers were
 * given to that insats within those dates.
 */
export async function correctRound(
	db: Db,
	actor: Actor,
	round: RoundRef,
	values: RoundCorrection
): Promise<CorrectionOutcome> {
	const problem = await insatsProblem(
		db,
		round.forbundId,
		values.insatsId,
		round.year,
		round.questionnaireKey
	);
	if (problem) return { ok: false, field: 'insatsId', message: problem };
	return db.transaction(async (tx) => {
		const problem = await changeableProblem(tx, round.id);
		if (!problem.ok) return problem;
		await updateRoundSettings(tx, round.id, values);
		await recordAudit(tx, {
			actor,
			forbundId: round.forbundId,
			action: 'round.correct',
			summary: `Rättade omgången (${round.questionnaireKey} ${round.year}): ${values.opensOn}–${values.closesOn}${values.expectedRespondents === null ? '' : `, ${values.expectedRespondents} väntade`}.`,
			detail: { roundId: round.id, ...values }
		});
		return { ok: true } as const;
	});
}

/**
 * Deletes a mistaken round that has no answers, with its audit entry in the same transaction.
 * A round with answers is refused here and, should an answer slip in between, by the database.
 */
export async function deleteRound(
	db: Db,
	actor: Actor,
	round: RoundRef
): Promise<CorrectionOutcome> {
	try {
		return await db.transaction(async (tx) => {
			const problem = await changeableProblem(tx, round.id);
			if (!problem.ok) return problem;
			await deleteRoundRow(tx, round.id);
			await recordAudit(tx, {
				actor,
				forbundId: round.forbundId,
				action: 'round.delete',
				summary: `Tog bort omgången (${round.questionnaireKey} ${round.year}) som saknade svar.`,
				detail: { roundId: round.id }
			});
			return { ok: true } as const;
		});
	} catch (error) {
		if (isForeignKeyViolation(error)) {
			return { ok: false, field: 'form', message: roundHasAnswersMessage };
		}
		throw error;
	}
}
