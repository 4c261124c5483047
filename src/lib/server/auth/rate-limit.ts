import type { Db } from '../db/connect';
import {
	deleteThrottles,
	findThrottles,
	purgeThrottles,
	saveThrottle,
	type ThrottleRow
} from '../db/login-throttle';
import { doublingDelay } from '../throttle/backoff';
import { createMemoryThrottle } from '../throttle/memory-throttle';
import { keyed } from '../throttle/keyed-hash';

const hour = 60 * 60 * 1000;
/** Failures allowed without any wait. */
const freeFailures = 5;
/** At most this many failures an hour per account; then the rest of the hour must pass. */
export const maxFailuresPerHour = 100;
/** The longest wait between two attempts: a stranger can slow an account down, never lock it. */
export const maxDelayMs = 15 * 60 * 1000;

/** The wait after the n-th failure in a row: 0 for the first five, then 2, 4, 8 … seconds. */
export function delayAfter(failures: number): number {
	return doublingDelay(failures, freeFailures, maxDelayMs);
}

/**
 * The stored throttle key of a sign-in to an account (the address typed), as a keyed hash: never
 * in the clear or in a reversible form. No client address is stored: where the operator trusts a
 * proxy header, clients are throttled in memory (`loginClientThrottle`).
 */
export function throttleKeys(email: string): string[] {
	return [`konto:${keyed(email.trim().toLowerCase())}`];
}

/**
 * The key of a signed-in person's current-password check: apart from the sign-in key, so that a
 * stranger's wrong passwords at the sign-in page cannot stop the person changing theirs.
 */
export function passwordCheckKeys(userId: number): string[] {
	return [`andra:${keyed(String(userId))}`];
}

/**
 * Sign-ins from one trusted client address, in memory: generous, since an office may share one;
 * it slows a script trying many accounts. Null keys (no trusted header) are not counted.
 */
export const loginClientThrottle = createMemoryThrottle({
	freeAttempts: 20,
	windowMs: hour,
	maxDelayMs,
	globalPerHour: null
});

/** Milliseconds to wait before another attempt is allowed; 0 when it may go ahead now. */
export async function throttleWait(db: Db, keys: string[], now = new Date()): Promise<number> {
	const rows = await findThrottles(db, keys);
	const waits = rows.map((row) =>
		row.blockedUntil ? Math.max(0, row.blockedUntil.getTime() - now.getTime()) : 0
	);
	return Math.max(0, ...waits);
}

export async function recordFailure(db: Db, keys: string[], now = new Date()): Promise<void> {
	const rows = new Map((await findThrottles(db, keys)).map((row) => [row.key, row]));
	for (const key of keys) {
		const previous = rows.get(key);
		const fresh = !previous || now.getTime() - previous.windowStartedAt.getTime() >= hour;
		const row: ThrottleRow = fresh
			? { key, failures: 0, windowStartedAt: now, blockedUntil: null }
			: { ...previous };
		row.failures += 1;
		if (row.failures >= maxFailuresPerHour) {
			row.blockedUntil = new Date(row.windowStartedAt.getTime() + hour);
		} else {
			const delay = delayAfter(row.failures);
			row.blockedUntil = delay > 0 ? new Date(now.getTime() + delay) : null;
		}
		await saveThrottle(db, row);
	}
	await purgeThrottles(db, new Date(now.getTime() - 2 * hour));
}

export async function resetThrottle(db: Db, keys: string[]): Promise<void> {
	await deleteThrottles(db, keys);
}

/** "Vänta 2 minuter och försök igen." in whole seconds or minutes. */
export function throttleMessage(waitMs: number): string {
	const seconds = Math.ceil(waitMs / 1000);
	const wait =
		seconds < 60
			? `${seconds} ${seconds === 1 ? 'sekund' : 'sekunder'}`
			: `${Math.ceil(seconds / 60)} ${Math.ceil(seconds / 60) === 1 ? 'minut' : 'minuter'}`;
	return `För många misslyckade inloggningar. Vänta ${wait} och försök igen.`;
}
