import { createMemoryThrottle } from '../throttle/memory-throttle';

/**
 * Guessing short codes at /kod. Per client address, only where the operator names a trusted
 * proxy header: 40 wrong codes free, then 2 s, 4 s, 8 s … up to five minutes, forgotten after an
 * hour without a wrong code. That is generous, so that a class on one school network typing codes
 * at once, typos included, never waits, while a script guessing from one address soon does: at
 * most about 45 guesses an hour, too few to use up the total alone. For everyone together: 120
 * wrong codes an hour, which keeps guessing infeasible whatever addresses an attacker has (the
 * arithmetic is in the README) and is far above what people mistyping codes produce.
 */
export const codeThrottleSettings = {
	freeAttempts: 40,
	windowMs: 60 * 60 * 1000,
	maxDelayMs: 5 * 60 * 1000,
	globalPerHour: 120
} as const;

export const codeThrottle = createMemoryThrottle(codeThrottleSettings);
