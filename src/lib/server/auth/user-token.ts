import type { Db } from '../db/connect';
import type { UserTokenKind } from '../db/schema';
import { findUsableToken, insertUserToken, markTokenUsed } from '../db/user-tokens';
import { generateToken, hashToken, tokenPattern } from './token';

/** Invitation and reset links work for seven days, once. */
export const userTokenLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export async function createUserToken(
	db: Db,
	userId: number,
	kind: UserTokenKind,
	now = new Date()
): Promise<string> {
	const token = generateToken();
	await insertUserToken(db, {
		id: hashToken(token),
		kind,
		userId,
		expiresAt: new Date(now.getTime() + userTokenLifetimeMs)
	});
	return token;
}

/** The person a link is for, while it is unused and unexpired. */
export async function peekUserToken(db: Db, token: string, kind: UserTokenKind, now = new Date()) {
	if (!tokenPattern.test(token)) return null;
	const row = await findUsableToken(db, hashToken(token), kind, now);
	return row && row.active ? row : null;
}

/** Uses up a link; true only for the one request that got there first. */
export async function consumeUserToken(db: Db, token: string, now = new Date()): Promise<boolean> {
	return markTokenUsed(db, hashToken(token), now);
}

export function userTokenPath(kind: UserTokenKind, token: string): string {
	return kind === 'invitation' ? `/inbjudan/${token}` : `/aterstall/${token}`;
}
