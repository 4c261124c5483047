/**
 * A respondent's indicator score: the mean of their answered statements of that indicator,
 * counted only when at least half of them are answered. `values` holds the respondent's values
 * on the scale for the indicator's statements, `null` for "vet inte" or not answered; it may be
 * shorter than the indicator when unanswered statements are simply absent.
 *
 * This is the reference the SQL aggregation is tested against, so it stays literal: integer
 * comparison for "at least half" (2·answered ≥ statements, so 1 of 2 counts and 1 of 3 does
 * not) and a plain sum / count for the mean.
 */
export function respondentScore(
	values: (number | null)[],
	statementsInIndicator: number
): number | null {
	if (!Number.isInteger(statementsInIndicator) || statementsInIndicator < 1) {
		throw new RangeError(`An indicator needs at least one statement, got ${statementsInIndicator}`);
	}
	const answered = values.filter((value): value is number => value !== null);
	if (answered.length > statementsInIndicator) {
		throw new RangeError(
			`${answered.length} answers for an indicator of ${statementsInIndicator} statements`
		);
	}
	if (answered.length === 0 || 2 * answered.length < statementsInIndicator) return null;
	let sum = 0;
	for (const value of answered) sum += value;
	return sum / answered.length;
}
