import { createHmac, randomBytes } from 'node:crypto';

export interface ThrottleOptions {
	/** Wrong codes allowed before any delay. */
	freeAttempts: number;
	/** Failures older than this are forgotten. */
	windowMs: number;
	maxDelayMs: number;
	now?: () => number;
}

interface Entry {
	failures: number;
	lastFailure: number;
}

/**
 * Slows down guessing of short codes from one client: after a few wrong codes each further try
 * waits twice as long as the last, up to a ceiling. Nothing is stored on disk or logged; the
 * client address is kept only as a keyed hash, in memory, for the length of the window.
 */
export function createCodeThrottle({
	freeAttempts,
	windowMs,
	maxDelayMs,
	now = Date.now
}: ThrottleOptions) {
	const secret = randomBytes(32);
	const entries = new Map<string, Entry>();
	const keyOf = (client: string) => createHmac('sha256', secret).update(client).digest('base64url');

	function current(key: string): Entry | undefined {
		const entry = entries.get(key);
		if (entry && now() - entry.lastFailure > windowMs) {
			entries.delete(key);
			return undefined;
		}
		return entry;
	}

	function delayAfter(failures: number): number {
		if (failures < freeAttempts) return 0;
		return Math.min(1000 * 2 ** (failures - freeAttempts + 1), maxDelayMs);
	}

	return {
		/** Milliseconds the client must still wait before the next try (0: go ahead). */
		waitFor(client: string): number {
			const entry = current(keyOf(client));
			if (!entry) return 0;
			return Math.max(0, entry.lastFailure + delayAfter(entry.failures) - now());
		},
		recordFailure(client: string): void {
			const key = keyOf(client);
			const entry = current(key) ?? { failures: 0, lastFailure: 0 };
			entries.set(key, { failures: entry.failures + 1, lastFailure: now() });
			if (entries.size > 50_000) {
				for (const [k, e] of entries) if (now() - e.lastFailure > windowMs) entries.delete(k);
			}
		}
	};
}

/** The app's throttle for /kod: five free tries, then 2 s, 4 s, 8 s … up to five minutes. */
export const codeThrottle = createCodeThrottle({
	freeAttempts: 5,
	windowMs: 15 * 60 * 1000,
	maxDelayMs: 5 * 60 * 1000
});
