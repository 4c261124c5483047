import { beforeAll, describe, expect, it } from 'vitest';
import { engines, useTestDatabase } from '$test/database';
import { countUserSessions } from '../db/sessions';
import { insertUser, updateUser } from '../db/users';
import {
	createSession,
	generateSessionToken,
	invalidateSession,
	invalidateUserSessions,
	sessionCookieSettings,
	sessionIdleTimeoutMs,
	sessionLifetimeMs,
	validateSessionToken
} from './session';
import { hashToken } from './token';

const hour = 60 * 60 * 1000;
const day = 24 * hour;
const start = new Date('2026-03-01T08:00:00Z');
const at = (ms: number) => new Date(start.getTime() + ms);

describe('session tokens and cookies', () => {
	it('makes tokens of at least 160 random bits, never twice the same', () => {
		const tokens = new Set(Array.from({ length: 200 }, generateSessionToken));
		expect(tokens.size).toBe(200);
		// 40 base32 characters carry 200 bits.
		for (const token of tokens) expect(token).toMatch(/^[a-z2-7]{40}$/);
	});

	it('keys the database by the SHA-256 of the token', () => {
		expect(hashToken('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	it('uses a __Host- cookie with Secure on https and a plain one on local http', () => {
		expect(sessionCookieSettings('https://indikatorer.example.se')).toEqual({
			name: '__Host-session',
			secure: true
		});
		expect(sessionCookieSettings('http://127.0.0.1:3000')).toEqual({
			name: 'session',
			secure: false
		});
		expect(sessionCookieSettings(undefined)).toEqual({ name: 'session', secure: false });
	});
});

describe.each(engines)('sessions on %s', (engine) => {
	// One database for the file; the tests share one person.
	const database = useTestDatabase(engine, { resetEachTest: false });
	let userId: number;
	beforeAll(async () => {
		userId = (await insertUser(database.db, { email: 'a@example.se', name: 'Anna Ek' })).id;
	});

	async function newSession(now = start) {
		const token = generateSessionToken();
		const session = await createSession(database.db, token, userId, now);
		return { token, session };
	}

	it('stores the hash, not the token', async () => {
		const { token, session } = await newSession();
		const rows = await database.rows<{ id: string }>(`select id from session`);
		expect(rows.map((r) => r.id)).toContain(session.id);
		expect(rows.map((r) => r.id)).not.toContain(token);
		expect(session.expiresAt.getTime() - start.getTime()).toBe(sessionLifetimeMs);
	});

	it('validates a fresh token and refuses an unknown one', async () => {
		const { token } = await newSession();
		const valid = await validateSessionToken(database.db, token, at(hour));
		expect(valid.user?.email).toBe('a@example.se');
		const unknown = await validateSessionToken(database.db, generateSessionToken(), at(hour));
		expect(unknown).toEqual({ session: null, user: null });
	});

	it('ends a session after 8 hours without a request', async () => {
		const { token } = await newSession();
		expect((await validateSessionToken(database.db, token, at(7 * hour))).session).not.toBeNull();
		// Used at 7 h, so it is still alive at 14 h 59 min …
		const later = at(7 * hour + sessionIdleTimeoutMs - 60_000);
		expect((await validateSessionToken(database.db, token, later)).session).not.toBeNull();
		// … and gone once 8 idle hours have passed.
		const idle = new Date(later.getTime() + sessionIdleTimeoutMs);
		expect((await validateSessionToken(database.db, token, idle)).session).toBeNull();
		// Deleted, not just refused: it stays gone.
		expect((await validateSessionToken(database.db, token, later)).session).toBeNull();
	});

	it('lives 30 days, extended only when used in its last 15', async () => {
		const { token, session } = await newSession();
		// Used every 7 hours, so never idle; day 10 is not in the last 15 days: no extension.
		let now = start;
		const use = async (t: Date) => (await validateSessionToken(database.db, token, t)).session;
		while (now.getTime() < at(10 * day).getTime()) {
			now = new Date(now.getTime() + 7 * hour);
			expect(await use(now)).not.toBeNull();
		}
		const day10 = await use(now);
		expect(day10?.expiresAt.getTime()).toBe(session.expiresAt.getTime());
		// The first use within the last 15 days extends it to 30 days from that moment.
		let extended = day10;
		while (now.getTime() <= at(15 * day).getTime()) {
			now = new Date(now.getTime() + 7 * hour);
			extended = await use(now);
		}
		expect(extended!.expiresAt.getTime()).toBeGreaterThan(session.expiresAt.getTime());
		expect(extended!.expiresAt.getTime() - now.getTime()).toBe(sessionLifetimeMs);
	});

	it('expires after 30 days however it is used, unless extended', async () => {
		const { token } = await newSession();
		// Not idle-checked here: the last use is made to look recent by touching it directly.
		await database.rows(
			`update session set last_seen_at = '${at(30 * day).toISOString()}' where id = '${hashToken(token)}'`
		);
		const expired = await validateSessionToken(database.db, token, at(30 * day + 1000));
		expect(expired.session).toBeNull();
	});

	it('logs out one session, or all sessions of a person', async () => {
		const one = await newSession();
		const two = await newSession();
		await invalidateSession(database.db, one.session.id);
		expect((await validateSessionToken(database.db, one.token, at(1000))).session).toBeNull();
		expect((await validateSessionToken(database.db, two.token, at(1000))).session).not.toBeNull();
		await invalidateUserSessions(database.db, userId);
		expect(await countUserSessions(database.db, userId)).toBe(0);
	});

	it('refuses the session of a deactivated account', async () => {
		const { token } = await newSession();
		await updateUser(database.db, userId, { active: false });
		expect((await validateSessionToken(database.db, token, at(1000))).session).toBeNull();
		await updateUser(database.db, userId, { active: true });
	});
});
