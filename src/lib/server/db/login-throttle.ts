import { inArray, lt } from 'drizzle-orm';
import type { Db } from './connect';
import { loginThrottle } from './schema';

export type ThrottleRow = typeof loginThrottle.$inferSelect;

export async function findThrottles(db: Db, keys: string[]): Promise<ThrottleRow[]> {
	return db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
}

export async function saveThrottle(db: Db, row: ThrottleRow): Promise<void> {
	await db
		.insert(loginThrottle)
		.values(row)
		.onConflictDoUpdate({
			target: loginThrottle.key,
			set: {
				failures: row.failures,
				windowStartedAt: row.windowStartedAt,
				blockedUntil: row.blockedUntil
			}
		});
}

export async function deleteThrottles(db: Db, keys: string[]): Promise<void> {
	await db.delete(loginThrottle).where(inArray(loginThrottle.key, keys));
}

/** Forgets windows that started before `before`, so nothing is kept longer than it is needed. */
export async function purgeThrottles(db: Db, before: Date): Promise<void> {
	await db.delete(loginThrottle).where(lt(loginThrottle.windowStartedAt, before));
}
