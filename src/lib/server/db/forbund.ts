import { asc, count } from 'drizzle-orm';
import type { RegisterRow } from '../register/forbund-register';
import type { Db } from './connect';
import { forbund } from './schema';

/**
 * Loads the shipped register into an empty table. Once loaded, the register belongs to NNS's
 * admins (renames, corrected områden), so later starts never overwrite it.
 */
export async function importRegisterIfEmpty(db: Db, rows: RegisterRow[]): Promise<number> {
	return db.transaction(async (tx) => {
		const [existing] = await tx.select({ n: count() }).from(forbund);
		if ((existing?.n ?? 0) > 0) return 0;
		const inserted = await tx
			.insert(forbund)
			.values(rows.map((row) => ({ name: row.namn, lan: row.lan, omrade: row.omrade })))
			.onConflictDoNothing()
			.returning({ id: forbund.id });
		return inserted.length;
	});
}

export async function listForbund(db: Db) {
	return db
		.select({
			id: forbund.id,
			name: forbund.name,
			lan: forbund.lan,
			omrade: forbund.omrade,
			active: forbund.active
		})
		.from(forbund)
		.orderBy(asc(forbund.lan), asc(forbund.name));
}

export type ForbundListItem = Awaited<ReturnType<typeof listForbund>>[number];
