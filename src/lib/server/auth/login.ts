import type { RequestEvent } from '@sveltejs/kit';
import type { Db } from '../db/connect';
import { sessionCookie } from './cookie';
import { createSession, generateSessionToken, setSessionTokenCookie } from './session';

/** Starts a fresh session for a person and sets its cookie: at login and after a new password. */
export async function signIn(db: Db, event: RequestEvent, userId: number): Promise<void> {
	const token = generateSessionToken();
	const session = await createSession(db, token, userId);
	setSessionTokenCookie(event.cookies, sessionCookie(), token, session.expiresAt);
}
