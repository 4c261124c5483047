import { asc, eq } from 'drizzle-orm';
import type { Db } from './connect';
import { lockedYear } from './schema';

export async function isYearLocked(db: Db, year: number): Promise<boolean> {
	const rows = await db
		.select({ year: lockedYear.year })
		.from(lockedYear)
		.where(eq(lockedYear.year, year));
	return rows.length > 0;
}

/** Locks a year; true when it was not locked before. A locked year is never unlocked here. */
export async function lockYear(db: Db, year: number): Promise<boolean> {
	const rows = await db
		.insert(lockedYear)
		.values({ year })
		.onConflictDoNothing()
		.returning({ year: lockedYear.year });
	return rows.length === 1;
}

export async function listLockedYears(db: Db): Promise<number[]> {
	const rows = await db
		.select({ year: lockedYear.year })
		.from(lockedYear)
		.orderBy(asc(lockedYear.year));
	return rows.map((r) => r.year);
}
