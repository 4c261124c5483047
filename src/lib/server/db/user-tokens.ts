import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Db } from './connect';
import { appUser, userToken, type Role, type UserTokenKind } from './schema';

export async function insertUserToken(
	db: Db,
	row: {
		id: string;
		kind: UserTokenKind;
		userId: number;
		expiresAt: Date;
		shownToUserId: number | null;
		forbundId?: number | null;
		role?: Role | null;
	}
): Promise<void> {
	await db.insert(userToken).values(row);
}

/** A token that is unused and unexpired at `now`, with its person. */
export async function findUsableToken(db: Db, id: string, kind: UserTokenKind, now: Date) {
	const [row] = await db
		.select({
			id: userToken.id,
			userId: userToken.userId,
			email: appUser.email,
			name: appUser.name,
			active: appUser.active,
			hasPassword: sql<boolean>`${appUser.passwordHash} is not null`,
			shownToUserId: userToken.shownToUserId,
			forbundId: userToken.forbundId,
			role: userToken.role
		})
		.from(userToken)
		.innerJoin(appUser, eq(appUser.id, userToken.userId))
		.where(
			and(
				eq(userToken.id, id),
				eq(userToken.kind, kind),
				isNull(userToken.usedAt),
				gt(userToken.expiresAt, now)
			)
		);
	return row ?? null;
}

/**
 * Marks a token used; only one caller can win, so a link works exactly once. Returns the person
 * whose link it was, or null for the callers that lost.
 */
export async function markTokenUsed(db: Db, id: string, now: Date): Promise<number | null> {
	const rows = await db
		.update(userToken)
		.set({ usedAt: now })
		.where(and(eq(userToken.id, id), isNull(userToken.usedAt), gt(userToken.expiresAt, now)))
		.returning({ userId: userToken.userId });
	return rows[0]?.userId ?? null;
}

/**
 * Ends every outstanding link of a person. Called whenever a link is used, the password changes
 * or the person gains rights: an old link must never open an account whose stakes have changed.
 */
export async function revokeUserTokens(db: Db, userId: number, now = new Date()): Promise<void> {
	await db
		.update(userToken)
		.set({ usedAt: now })
		.where(and(eq(userToken.userId, userId), isNull(userToken.usedAt)));
}
