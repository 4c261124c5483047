/**
 * Share (0..1) of the expected respondents who answered; null when the round has no expected
 * number (or it is 0), so the page shows no rate rather than a made-up one. Not capped at 1:
 * more responses than expected means the expected number was wrong, and hiding that would hide
 * the error.
 */
export function responseRate(responses: number, expected: number | null): number | null {
	if (!Number.isInteger(responses) || responses < 0) {
		throw new RangeError(`Responses must be a non-negative integer, got ${responses}`);
	}
	if (expected === null || expected <= 0) return null;
	return responses / expected;
}
