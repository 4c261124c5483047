import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from './connect';
import { appUser, userToken, type UserTokenKind } from './schema';

export async function insertUserToken(
	db: Db,
	row: { id: string; kind: UserTokenKind; userId: number; expiresAt: Date }
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
			active: appUser.active
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

/** Marks a token used; only one caller can win, so a link works exactly once. */
export async function markTokenUsed(db: Db, id: string, now: Date): Promise<boolean> {
	const rows = await db
		.update(userToken)
		.set({ usedAt: now })
		.where(and(eq(userToken.id, id), isNull(userToken.usedAt), gt(userToken.expiresAt, now)))
		.returning({ id: userToken.id });
	return rows.length === 1;
}
