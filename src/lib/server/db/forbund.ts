import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { RegisterRow } from '../register/forbund-register';
import type { Db } from './connect';
import { forbund, forbundYear, type Omrade } from './schema';

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

export async function findForbund(db: Db, id: number) {
	const [row] = await db.select().from(forbund).where(eq(forbund.id, id));
	if (!row) return null;
	const years = await db
		.select({ year: forbundYear.year })
		.from(forbundYear)
		.where(eq(forbundYear.forbundId, id))
		.orderBy(asc(forbundYear.year));
	return { ...row, years: years.map((y) => y.year) };
}

export async function isForbundNameTaken(db: Db, name: string, exceptId?: number) {
	const rows = await db
		.select({ id: forbund.id })
		.from(forbund)
		.where(
			and(
				sql`lower(${forbund.name}) = ${name.trim().toLowerCase()}`,
				exceptId === undefined ? undefined : ne(forbund.id, exceptId)
			)
		);
	return rows.length > 0;
}

export async function insertForbund(
	db: Db,
	values: { name: string; lan: string; omrade: Omrade }
): Promise<number> {
	const [row] = await db.insert(forbund).values(values).returning({ id: forbund.id });
	return row!.id;
}

/** NNS's part of the register: name, län, område, whether it is active, the years it takes part. */
export async function updateForbundRegister(
	db: Db,
	id: number,
	values: { name: string; lan: string; omrade: Omrade; active: boolean; years: number[] }
): Promise<void> {
	const { years, ...columns } = values;
	await db.transaction(async (tx) => {
		await tx.update(forbund).set(columns).where(eq(forbund.id, id));
		await tx.delete(forbundYear).where(eq(forbundYear.forbundId, id));
		if (years.length > 0) {
			await tx.insert(forbundYear).values(years.map((year) => ({ forbundId: id, year })));
		}
	});
}

/** The förbund's own part: its profile. */
export async function updateForbundProfile(
	db: Db,
	id: number,
	values: { contactEmail: string | null; website: string | null; description: string | null }
): Promise<void> {
	await db.update(forbund).set(values).where(eq(forbund.id, id));
}
