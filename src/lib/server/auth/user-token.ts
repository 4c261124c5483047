import type { Db } from '../db/connect';
import type { Role, UserTokenKind } from '../db/schema';
import {
	findUsableToken,
	insertUserToken,
	markTokenUsed,
	revokeUserTokens
} from '../db/user-tokens';
import { findUserById } from '../db/users';
import { mayStillManageAccount } from './account-rights';
import { generateToken, hashToken, tokenPattern } from './token';

/** Invitation and reset links work for seven days, once. */
export const userTokenLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export async function createUserToken(
	db: Db,
	userId: number,
	kind: UserTokenKind,
	now = new Date(),
	shownToUserId: number | null = null,
	membership: { forbundId: number; role: Role } | null = null
): Promise<string> {
	const token = generateToken();
	// One live password link per person: a new one supersedes whatever was sent before. An
	// invitation into a förbund sets no password and leaves the person's links alone.
	if (kind !== 'membership') await revokeUserTokens(db, userId, now);
	await insertUserToken(db, {
		id: hashToken(token),
		kind,
		userId,
		expiresAt: new Date(now.getTime() + userTokenLifetimeMs),
		shownToUserId,
		forbundId: membership?.forbundId ?? null,
		role: membership?.role ?? null
	});
	return token;
}

/**
 * The person a link is for, while it may still be used: unused, unexpired, the account active;
 * an invitation only while the account has no password; and a link that was shown to an admin
 * only while that admin may still manage the account.
 */
export async function peekUserToken(db: Db, token: string, kind: UserTokenKind, now = new Date()) {
	if (!tokenPattern.test(token)) return null;
	const row = await findUsableToken(db, hashToken(token), kind, now);
	if (!row || !row.active) return null;
	if (kind === 'invitation' && row.hasPassword) return null;
	if (row.shownToUserId !== null) {
		const target = await findUserById(db, row.userId);
		if (!target || !(await mayStillManageAccount(db, row.shownToUserId, target))) return null;
	}
	return row;
}

/**
 * Uses up a link, and with it every other outstanding link of the person; true only for the one
 * request that got there first.
 */
export async function consumeUserToken(db: Db, token: string, now = new Date()): Promise<boolean> {
	const userId = await markTokenUsed(db, hashToken(token), now);
	if (userId === null) return false;
	await revokeUserTokens(db, userId, now);
	return true;
}

/** Invitations of both kinds share one path, so that a link tells nobody whether an account exists. */
export function userTokenPath(kind: UserTokenKind, token: string): string {
	return kind === 'reset' ? `/aterstall/${token}` : `/inbjudan/${token}`;
}
