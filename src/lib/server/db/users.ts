import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from './connect';
import { appUser, forbund, membership, type Role } from './schema';
import { revokeUserTokens } from './user-tokens';

export interface Membership {
	forbundId: number;
	forbundName: string;
	role: Role;
}

export async function findUserByEmail(db: Db, email: string) {
	const [row] = await db
		.select()
		.from(appUser)
		.where(sql`lower(${appUser.email}) = ${email.trim().toLowerCase()}`);
	return row ?? null;
}

export async function findUserById(db: Db, id: number) {
	const [row] = await db.select().from(appUser).where(eq(appUser.id, id));
	return row ?? null;
}

export async function insertUser(
	db: Db,
	values: { email: string; name: string; isNnsAdmin?: boolean; passwordHash?: string | null }
) {
	const [row] = await db
		.insert(appUser)
		.values({ ...values, email: values.email.trim().toLowerCase() })
		.returning();
	return row!;
}

/**
 * Changes an account. A new password or NNS rights end every outstanding invitation and reset
 * link of the person, in the same statement batch as the change.
 */
export async function updateUser(
	db: Db,
	id: number,
	values: Partial<{ name: string; isNnsAdmin: boolean; active: boolean; passwordHash: string }>
): Promise<void> {
	await db.update(appUser).set(values).where(eq(appUser.id, id));
	if (values.passwordHash !== undefined || values.isNnsAdmin === true || values.active === false) {
		await revokeUserTokens(db, id);
	}
}

export async function listMemberships(db: Db, userId: number): Promise<Membership[]> {
	return db
		.select({ forbundId: membership.forbundId, forbundName: forbund.name, role: membership.role })
		.from(membership)
		.innerJoin(forbund, eq(forbund.id, membership.forbundId))
		.where(eq(membership.userId, userId))
		.orderBy(asc(forbund.name));
}

export async function findMembership(db: Db, userId: number, forbundId: number) {
	const [row] = await db
		.select({ role: membership.role })
		.from(membership)
		.where(and(eq(membership.userId, userId), eq(membership.forbundId, forbundId)));
	return row ?? null;
}

/**
 * Adds or changes a person's role in a förbund. New rights end every outstanding link of
 * the person: a link made while they had fewer rights must not open the wider account.
 */
export async function setMembership(
	db: Db,
	userId: number,
	forbundId: number,
	role: Role
): Promise<void> {
	await db
		.insert(membership)
		.values({ userId, forbundId, role })
		.onConflictDoUpdate({ target: [membership.userId, membership.forbundId], set: { role } });
	await revokeUserTokens(db, userId);
}

export async function deleteMembership(db: Db, userId: number, forbundId: number): Promise<void> {
	await db
		.delete(membership)
		.where(and(eq(membership.userId, userId), eq(membership.forbundId, forbundId)));
}

export async function listForbundMembers(db: Db, forbundId: number) {
	return db
		.select({
			id: appUser.id,
			name: appUser.name,
			email: appUser.email,
			active: appUser.active,
			activated: sql<boolean>`${appUser.passwordHash} is not null`,
			role: membership.role
		})
		.from(membership)
		.innerJoin(appUser, eq(appUser.id, membership.userId))
		.where(eq(membership.forbundId, forbundId))
		.orderBy(asc(appUser.name));
}

export async function listAllUsers(db: Db) {
	const users = await db
		.select({
			id: appUser.id,
			name: appUser.name,
			email: appUser.email,
			isNnsAdmin: appUser.isNnsAdmin,
			active: appUser.active,
			activated: sql<boolean>`${appUser.passwordHash} is not null`
		})
		.from(appUser)
		.orderBy(asc(appUser.name));
	const roles = await db
		.select({ userId: membership.userId, forbundName: forbund.name, role: membership.role })
		.from(membership)
		.innerJoin(forbund, eq(forbund.id, membership.forbundId))
		.orderBy(asc(forbund.name));
	return users.map((user) => ({
		...user,
		memberships: roles.filter((r) => r.userId === user.id)
	}));
}

export async function countUsers(db: Db): Promise<number> {
	const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(appUser);
	return row?.n ?? 0;
}
