import { doublingDelay } from './backoff';

export interface ThrottleOptions {
	/** Wrong codes one client address may make in a window before any delay. */
	freeAttempts: number;
	/** A client's failures older than this are forgotten. */
	windowMs: number;
	/** The longest a client waits between two tries. */
	maxDelayMs: number;
	/** Wrong codes allowed from everyone together in any hour: the bound on guessing; null: none. */
	globalPerHour: number | null;
	now?: () => number;
}

interface Entry {
	failures: number;
	lastFailure: number;
}

const hour = 60 * 60 * 1000;

/**
 * Slows down failures (wrong codes, wrong passwords) in memory only: nothing on disk, nothing
 * logged. Two levels:
 *
 * - per client key (a keyed hash of a trusted address, see `trustedClientKey`): a number of free
 *   failures, then a doubling wait up to a ceiling, forgotten after a quiet window;
 * - optionally for everyone together, a fixed number of failures an hour: a bound that holds
 *   whatever addresses an attacker has.
 *
 * A null client is not told apart from others and counts only towards the total: behind a proxy
 * without a trusted header everyone shares one address, and one person's mistakes must not
 * become everyone's wait.
 */
export function createMemoryThrottle({
	freeAttempts,
	windowMs,
	maxDelayMs,
	globalPerHour,
	now = Date.now
}: ThrottleOptions) {
	const clients = new Map<string, Entry>();
	/** When each wrong code of the last hour came, oldest first; at most `globalPerHour`. */
	const recent: number[] = [];

	function current(key: string): Entry | undefined {
		const entry = clients.get(key);
		if (entry && now() - entry.lastFailure > windowMs) {
			clients.delete(key);
			return undefined;
		}
		return entry;
	}

	const delayAfter = (failures: number) => doublingDelay(failures, freeAttempts, maxDelayMs);

	function forgetOld() {
		while (recent.length > 0 && now() - recent[0]! >= hour) recent.shift();
	}

	function globalWait(): number {
		forgetOld();
		if (globalPerHour === null || recent.length < globalPerHour) return 0;
		return recent[0]! + hour - now();
	}

	return {
		/**
		 * Milliseconds before the next try is allowed (0: go ahead), and whose wrong codes cause
		 * the wait: this client's own, or everyone's together. `client` is null when unknown.
		 */
		waitFor(client: string | null): { ms: number; cause: 'client' | 'everyone' } {
			const entry = client ? current(client) : undefined;
			const clientWait = entry
				? Math.max(0, entry.lastFailure + delayAfter(entry.failures) - now())
				: 0;
			const everyoneWait = globalWait();
			return everyoneWait > clientWait
				? { ms: everyoneWait, cause: 'everyone' }
				: { ms: clientWait, cause: 'client' };
		},
		recordFailure(client: string | null): void {
			if (globalPerHour !== null) {
				forgetOld();
				recent.push(now());
				if (recent.length > globalPerHour) recent.shift();
			}
			if (!client) return;
			const entry = current(client) ?? { failures: 0, lastFailure: 0 };
			clients.set(client, { failures: entry.failures + 1, lastFailure: now() });
			if (clients.size > 50_000) {
				for (const [k, e] of clients) if (now() - e.lastFailure > windowMs) clients.delete(k);
			}
		}
	};
}
