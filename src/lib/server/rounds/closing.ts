import { calendarNoon } from '../../dates';
import { closingProblem } from './round-dates';
import { roundState, type RoundDates } from './round-state';

/** The day before a `YYYY-MM-DD` date. */
export function dayBefore(isoDate: string): string {
	const date = calendarNoon(isoDate);
	date.setUTCDate(date.getUTCDate() - 1);
	return date.toISOString().slice(0, 10);
}

export type ClosingChange =
	| { ok: true; opensOn: string; closesOn: string; closedEarly: boolean }
	| { ok: false; field: 'form' | 'closesOn'; message: string };

type Dates = RoundDates;

/**
 * Closing early: the round stops taking answers now. Its opening date never moves, and its last
 * day becomes today at the latest (never earlier than its first), so that every answer already
 * given, today's included, stays inside its dates; the `closedEarly` mark does the closing.
 */
export function closeEarly(round: Dates, today: string): ClosingChange {
	if (roundState(round, today) === 'closed') {
		return { ok: false, field: 'form', message: 'Omgången är redan stängd.' };
	}
	const lastDay = round.closesOn < today ? round.closesOn : today;
	return {
		ok: true,
		opensOn: round.opensOn,
		closesOn: lastDay < round.opensOn ? round.opensOn : lastDay,
		closedEarly: true
	};
}

/** Extending: a later last day for a round that has not closed yet, inside its year's reach. */
export function extend(
	round: Dates & { year: number },
	closesOn: string,
	today: string
): ClosingChange {
	if (roundState(round, today) === 'closed') {
		return {
			ok: false,
			field: 'form',
			message: 'Omgången är stängd. Öppna den igen i stället för att förlänga den.'
		};
	}
	if (closesOn <= round.closesOn) {
		return {
			ok: false,
			field: 'closesOn',
			message: 'Det nya slutdatumet måste vara senare än det nuvarande.'
		};
	}
	const problem = closingProblem(round.year, closesOn);
	if (problem) return { ok: false, field: 'closesOn', message: problem.message };
	return { ok: true, opensOn: round.opensOn, closesOn, closedEarly: false };
}

/** Reopening a closed round until a new last day, today or later, inside its year's reach. */
export function reopen(
	round: Dates & { year: number },
	closesOn: string,
	today: string
): ClosingChange {
	if (roundState(round, today) !== 'closed') {
		return { ok: false, field: 'form', message: 'Omgången är inte stängd.' };
	}
	if (closesOn < today) {
		return {
			ok: false,
			field: 'closesOn',
			message: 'Det nya slutdatumet kan inte vara före i dag.'
		};
	}
	const problem = closingProblem(round.year, closesOn);
	if (problem) return { ok: false, field: 'closesOn', message: problem.message };
	return { ok: true, opensOn: round.opensOn, closesOn, closedEarly: false };
}
