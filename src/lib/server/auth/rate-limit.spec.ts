import { createHash } from 'node:crypto';
import { hashToken } from './token';
import { describe, expect, it } from 'vitest';
import { engines, useTestDatabase } from '$test/database';
import {
	delayAfter,
	maxDelayMs,
	maxFailuresPerHour,
	passwordCheckKeys,
	recordFailure,
	resetThrottle,
	throttleKeys,
	throttleMessage,
	throttleWait
} from './rate-limit';

const start = new Date('2026-03-01T08:00:00Z');

describe('throttling rules', () => {
	it('lets five failures pass, then waits longer and longer, up to a cap', () => {
		expect([1, 2, 3, 4].map(delayAfter)).toEqual([0, 0, 0, 0]);
		const waits = [5, 6, 7, 8, 9].map(delayAfter);
		expect(waits).toEqual([2000, 4000, 8000, 16000, 32000]);
		expect(delayAfter(40)).toBe(maxDelayMs);
	});

	it('explains the wait in Swedish', () => {
		expect(throttleMessage(1500)).toBe(
			'För många misslyckade inloggningar. Vänta 2 sekunder och försök igen.'
		);
		expect(throttleMessage(90_000)).toBe(
			'För många misslyckade inloggningar. Vänta 2 minuter och försök igen.'
		);
	});

	it('keeps the account only as a keyed hash, and no client address at all', () => {
		const keys = throttleKeys('Anna@Example.se');
		expect(keys.join()).not.toMatch(/anna/i);
		expect(throttleKeys('anna@example.se ')).toEqual(keys);
		// Not a plain SHA-256, which anyone could recompute for a list of addresses.
		const plain = createHash('sha256').update('anna@example.se').digest();
		for (const encoding of ['hex', 'base64url', 'base64'] as const) {
			expect(keys.join()).not.toContain(plain.toString(encoding).replace(/=+$/, ''));
		}
		expect(keys.join()).not.toContain(hashToken('anna@example.se'));
		expect(passwordCheckKeys(7)).not.toEqual(keys);
	});
});

describe.each(engines)('throttling on %s', (engine) => {
	const database = useTestDatabase(engine);

	it('delays after five failures, and a success clears it', async () => {
		const keys = throttleKeys('b@example.se');
		for (let i = 0; i < 5; i++) {
			expect(await throttleWait(database.db, keys, start)).toBe(0);
			await recordFailure(database.db, keys, start);
		}
		expect(await throttleWait(database.db, keys, start)).toBe(2000);
		expect(await throttleWait(database.db, keys, new Date(start.getTime() + 2000))).toBe(0);
		await resetThrottle(database.db, keys);
		expect(await throttleWait(database.db, keys, start)).toBe(0);
	});

	it('caps an account at 100 failures an hour, then lets it in again: never locked for good', async () => {
		const account = throttleKeys('c@example.se');
		let now = start;
		for (let i = 0; i < maxFailuresPerHour; i++) {
			now = new Date(start.getTime() + i * 30_000);
			await recordFailure(database.db, account, now);
		}
		const wait = await throttleWait(database.db, account, now);
		// The 100th failure closes the account for the rest of the hour.
		expect(wait).toBe(60 * 60 * 1000 - (maxFailuresPerHour - 1) * 30_000);
		const afterHour = new Date(start.getTime() + 60 * 60 * 1000);
		expect(await throttleWait(database.db, account, afterHour)).toBe(0);
		// A new window starts from zero.
		await recordFailure(database.db, account, afterHour);
		expect(await throttleWait(database.db, account, afterHour)).toBe(0);
	});
});
