/**
 * A round belongs to the year its answers count in: it opens inside that year and closes inside
 * it, or at most until 31 January of the next year, for the late answers of a round run in
 * December. Enforced wherever dates are set: create, extend, reopen (closing early only moves the
 * last day earlier).
 */
function lastDayOfRound(year: number): string {
	return `${year + 1}-01-31`;
}

export type DateProblem = { field: 'opensOn' | 'closesOn'; message: string } | null;

export function openingProblem(year: number, opensOn: string): DateProblem {
	if (opensOn.slice(0, 4) !== String(year)) {
		return {
			field: 'opensOn',
			message: `Omgången hör till ${year}: den måste öppna under ${year}.`
		};
	}
	return null;
}

export function closingProblem(year: number, closesOn: string): DateProblem {
	const last = lastDayOfRound(year);
	if (closesOn > last) {
		return {
			field: 'closesOn',
			message: `Omgången hör till ${year}: sista dagen kan vara senast ${last}.`
		};
	}
	return null;
}
