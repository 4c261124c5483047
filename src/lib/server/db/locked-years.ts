import { asc, eq, sql } from 'drizzle-orm';
import { stockholmToday } from '../../dates';
import type { Db } from './connect';
import { forgetRememberedRounds } from './rounds';
import { lockedYear, round } from './schema';

export async function isYearLocked(db: Db, year: number): Promise<boolean> {
	const rows = await db
		.select({ year: lockedYear.year })
		.from(lockedYear)
		.where(eq(lockedYear.year, year));
	return rows.length > 0;
}

/**
 * Locks a year and closes its rounds in one transaction; true when it was not locked before. A
 * round still open ends today (never before: answers dated today stay inside its dates); one not
 * yet open ends on its first day. A locked year is never unlocked here.
 */
export async function lockYear(db: Db, year: number, today = stockholmToday()): Promise<boolean> {
	const locked = await db.transaction(async (tx) => {
		// Waits for submissions in progress and holds off new ones until the lock is committed
		// (the trigger on `response` takes a key-share lock on its round: migration 0010).
		await tx.execute(sql`select 1 from ${round} where ${round.year} = ${year} for update`);
		const rows = await tx
			.insert(lockedYear)
			.values({ year })
			.onConflictDoNothing()
			.returning({ year: lockedYear.year });
		if (rows.length === 0) return false;
		await tx
			.update(round)
			.set({ closesOn: sql`greatest(${round.opensOn}, least(${round.closesOn}, ${today}::date))` })
			.where(eq(round.year, year));
		return true;
	});
	// After the commit, so that no request in between remembers the round as it was.
	forgetRememberedRounds();
	return locked;
}

export async function listLockedYears(db: Db): Promise<number[]> {
	const rows = await db
		.select({ year: lockedYear.year })
		.from(lockedYear)
		.orderBy(asc(lockedYear.year));
	return rows.map((r) => r.year);
}
