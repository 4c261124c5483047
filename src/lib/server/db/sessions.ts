import { and, eq, ne } from 'drizzle-orm';
import type { Db } from './connect';
import { appUser, session } from './schema';

export async function insertSession(
	db: Db,
	row: { id: string; userId: number; expiresAt: Date; lastSeenAt: Date }
): Promise<void> {
	await db.insert(session).values(row);
}

export async function findSessionWithUser(db: Db, sessionId: string) {
	const [row] = await db
		.select({
			session: {
				id: session.id,
				userId: session.userId,
				expiresAt: session.expiresAt,
				lastSeenAt: session.lastSeenAt
			},
			user: {
				id: appUser.id,
				email: appUser.email,
				name: appUser.name,
				isNnsAdmin: appUser.isNnsAdmin,
				active: appUser.active
			}
		})
		.from(session)
		.innerJoin(appUser, eq(appUser.id, session.userId))
		.where(eq(session.id, sessionId));
	return row ?? null;
}

export async function touchSession(
	db: Db,
	sessionId: string,
	values: { expiresAt: Date; lastSeenAt: Date }
): Promise<void> {
	await db.update(session).set(values).where(eq(session.id, sessionId));
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
	await db.delete(session).where(eq(session.id, sessionId));
}

/** Ends every session of a user, optionally keeping one (the one that asked). */
export async function deleteUserSessions(db: Db, userId: number, keep?: string): Promise<void> {
	await db
		.delete(session)
		.where(
			keep ? and(eq(session.userId, userId), ne(session.id, keep)) : eq(session.userId, userId)
		);
}

export async function countUserSessions(db: Db, userId: number): Promise<number> {
	const rows = await db.select({ id: session.id }).from(session).where(eq(session.userId, userId));
	return rows.length;
}
