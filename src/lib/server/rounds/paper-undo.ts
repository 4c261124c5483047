import { countPaperEntry } from '../db/audit';
import type { Db } from '../db/connect';
import { deletePaperResponse, lockRoundForAnswers } from '../db/paper-responses';
import { lockedYearMessage } from './round-messages';

/**
 * The last paper form each signed-in session entered, by session id, in this process's memory
 * only. The database keeps no time or order of responses (anonymity), so "the last one" exists
 * only here, for as long as the session and the process last; nothing of it is ever stored.
 */
const lastEntries = new Map<string, { roundId: number; submissionId: string }>();

export function rememberPaperEntry(sessionId: string, roundId: number, submissionId: string) {
	// Re-inserted so that the oldest sessions are the first to go when the map is pruned.
	lastEntries.delete(sessionId);
	lastEntries.set(sessionId, { roundId, submissionId });
	if (lastEntries.size > 10_000) {
		const oldest = lastEntries.keys().next().value;
		if (oldest !== undefined) lastEntries.delete(oldest);
	}
}

/** The submission id of the last paper form this session entered for this round, if any. */
export function lastPaperEntry(sessionId: string, roundId: number): string | null {
	const last = lastEntries.get(sessionId);
	return last && last.roundId === roundId ? last.submissionId : null;
}

export type UndoOutcome = { ok: true } | { ok: false; message: string };

/**
 * Undoes the last paper form a session entered in a round: deletes the response (its answers
 * and scores go with it) and counts the undo in the day's paper-entry line of the audit log, in
 * one transaction. Only once: afterwards there is no last form to undo.
 */
export async function undoLastPaperEntry(
	db: Db,
	sessionId: string,
	entry: { actor: { id: number; name: string }; forbundId: number; roundId: number; label: string },
	today: string
): Promise<UndoOutcome> {
	const submissionId = lastPaperEntry(sessionId, entry.roundId);
	if (!submissionId) {
		return { ok: false, message: 'Det finns ingen pappersenkät att ångra i den här sessionen.' };
	}
	const outcome = await db.transaction(async (tx): Promise<UndoOutcome> => {
		if (await lockRoundForAnswers(tx, entry.roundId))
			return { ok: false, message: lockedYearMessage };
		if (!(await deletePaperResponse(tx, entry.roundId, submissionId))) {
			return { ok: false, message: 'Pappersenkäten finns inte längre.' };
		}
		await countPaperEntry(tx, entry, today, 'undone');
		return { ok: true };
	});
	if (outcome.ok || outcome.message !== lockedYearMessage) lastEntries.delete(sessionId);
	return outcome;
}
