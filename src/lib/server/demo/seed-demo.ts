import { asc, count } from 'drizzle-orm';
import type { Db } from '../db/connect';
import { forbund, insats } from '../db/schema';
import { demoProgrammes } from './programmes';
import { seededRandom } from './random';

/** Fixed so that every machine gets the same demo platform. */
const demoSeed = 20_261_122;

/**
 * Fills an empty platform with fictional programmes (and, as features land, rounds and answers).
 * Does nothing once any programme exists, so it never touches real data.
 */
export async function seedDemoIfEmpty(db: Db, currentYear: number): Promise<boolean> {
	return db.transaction(async (tx) => {
		const [existing] = await tx.select({ n: count() }).from(insats);
		if ((existing?.n ?? 0) > 0) return false;
		const random = seededRandom(demoSeed);
		const associations = await tx.select({ id: forbund.id }).from(forbund).orderBy(asc(forbund.id));
		const rows = associations.flatMap((association) =>
			demoProgrammes(random, currentYear).map((programme) => ({
				...programme,
				forbundId: association.id
			}))
		);
		if (rows.length > 0) await tx.insert(insats).values(rows);
		return true;
	});
}
