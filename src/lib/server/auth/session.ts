import type { Cookies } from '@sveltejs/kit';
import type { Db } from '../db/connect';
import {
	deleteSession,
	deleteUserSessions,
	findSessionWithUser,
	insertSession,
	touchSession
} from '../db/sessions';
import { generateToken, hashToken } from './token';

const day = 24 * 60 * 60 * 1000;
/** A session lives 30 days… */
export const sessionLifetimeMs = 30 * day;
/** …and is extended to 30 days again when used in its last 15… */
const sessionRenewWithinMs = 15 * day;
/** …but ends after 8 hours without a request. */
export const sessionIdleTimeoutMs = 8 * 60 * 60 * 1000;
/** last_seen_at is written at most this often, so that reading a page is not a write each time. */
const touchEveryMs = 60 * 1000;

export interface Session {
	id: string;
	userId: number;
	expiresAt: Date;
	lastSeenAt: Date;
}

export interface SessionUser {
	id: number;
	email: string;
	name: string;
	isNnsAdmin: boolean;
}

export type SessionValidationResult =
	{ session: Session; user: SessionUser } | { session: null; user: null };

export function generateSessionToken(): string {
	return generateToken();
}

export async function createSession(
	db: Db,
	token: string,
	userId: number,
	now = new Date()
): Promise<Session> {
	const session: Session = {
		id: hashToken(token),
		userId,
		expiresAt: new Date(now.getTime() + sessionLifetimeMs),
		lastSeenAt: now
	};
	await insertSession(db, session);
	return session;
}

export async function validateSessionToken(
	db: Db,
	token: string,
	now = new Date()
): Promise<SessionValidationResult> {
	const sessionId = hashToken(token);
	const row = await findSessionWithUser(db, sessionId);
	if (!row) return { session: null, user: null };
	const { session, user } = row;
	const t = now.getTime();
	const expired = t >= session.expiresAt.getTime();
	const idle = t - session.lastSeenAt.getTime() >= sessionIdleTimeoutMs;
	if (expired || idle || !user.active) {
		await deleteSession(db, sessionId);
		return { session: null, user: null };
	}
	const renew = session.expiresAt.getTime() - t < sessionRenewWithinMs;
	if (renew || t - session.lastSeenAt.getTime() >= touchEveryMs) {
		if (renew) session.expiresAt = new Date(t + sessionLifetimeMs);
		session.lastSeenAt = now;
		await touchSession(db, sessionId, {
			expiresAt: session.expiresAt,
			lastSeenAt: session.lastSeenAt
		});
	}
	return {
		session,
		user: { id: user.id, email: user.email, name: user.name, isNnsAdmin: user.isNnsAdmin }
	};
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await deleteSession(db, sessionId);
}

/** Ends every session of a user, e.g. after a password change; `keep` spares one. */
export async function invalidateUserSessions(db: Db, userId: number, keep?: string): Promise<void> {
	await deleteUserSessions(db, userId, keep);
}

export interface CookieSettings {
	name: string;
	secure: boolean;
}

/**
 * `__Host-session` (Secure, no Domain, Path=/) when the site is served over https; plain
 * `session` on local http, where browsers refuse Secure cookies.
 */
export function sessionCookieSettings(origin: string | undefined): CookieSettings {
	const secure = (origin ?? '').startsWith('https:');
	return { name: secure ? '__Host-session' : 'session', secure };
}

export function setSessionTokenCookie(
	cookies: Cookies,
	settings: CookieSettings,
	token: string,
	expiresAt: Date
): void {
	cookies.set(settings.name, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: settings.secure,
		path: '/',
		expires: expiresAt
	});
}

export function deleteSessionTokenCookie(cookies: Cookies, settings: CookieSettings): void {
	cookies.delete(settings.name, {
		httpOnly: true,
		sameSite: 'lax',
		secure: settings.secure,
		path: '/'
	});
}
