import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { Db } from './connect';
import { insats, type InsatsTyp, type Part } from './schema';

export interface InsatsValues {
	name: string;
	typ: InsatsTyp;
	parter: Part[];
	startYear: number;
	endYear: number | null;
}

export async function listInsatser(db: Db, forbundId: number) {
	return db
		.select({
			id: insats.id,
			name: insats.name,
			typ: insats.typ,
			parter: insats.parter,
			startYear: insats.startYear,
			endYear: insats.endYear
		})
		.from(insats)
		.where(eq(insats.forbundId, forbundId))
		.orderBy(asc(insats.name));
}

/** An insats, but only when it belongs to the given förbund. */
export async function findInsats(db: Db, forbundId: number, id: number) {
	const [row] = await db
		.select()
		.from(insats)
		.where(and(eq(insats.id, id), eq(insats.forbundId, forbundId)));
	return row ?? null;
}

export async function isInsatsNameTaken(
	db: Db,
	forbundId: number,
	name: string,
	exceptId?: number
): Promise<boolean> {
	const rows = await db
		.select({ id: insats.id })
		.from(insats)
		.where(
			and(
				eq(insats.forbundId, forbundId),
				sql`lower(${insats.name}) = ${name.trim().toLowerCase()}`,
				exceptId === undefined ? undefined : ne(insats.id, exceptId)
			)
		);
	return rows.length > 0;
}

export async function insertInsats(db: Db, forbundId: number, values: InsatsValues) {
	const [row] = await db
		.insert(insats)
		.values({ ...values, forbundId })
		.returning({ id: insats.id });
	return row!.id;
}

export async function updateInsats(
	db: Db,
	forbundId: number,
	id: number,
	values: InsatsValues
): Promise<boolean> {
	const rows = await db
		.update(insats)
		.set(values)
		.where(and(eq(insats.id, id), eq(insats.forbundId, forbundId)))
		.returning({ id: insats.id });
	return rows.length === 1;
}
