import { asc } from 'drizzle-orm';
import { hashPassword } from '../auth/password';
import type { Db } from '../db/connect';
import { forbund, forbundYear, type Role } from '../db/schema';
import { countUsers, insertUser, setMembership } from '../db/users';

/** The fixed password of every demo account; printed by `npm start`, never used in production. */
export const demoPassword = 'Indikator-demo-2026';

interface DemoUser {
	email: string;
	name: string;
	/** null: NNS admin; 0 or 1: the first or second förbund of the register. */
	forbundIndex: 0 | 1 | null;
	role: Role | null;
}

/** Fictional people; the addresses use a reserved domain that can never receive mail. */
export const demoUsers: readonly DemoUser[] = [
	{
		email: 'ingrid.lindqvist@nns.example',
		name: 'Ingrid Lindqvist',
		forbundIndex: null,
		role: null
	},
	{
		email: 'maria.ekstrom@forbund-a.example',
		name: 'Maria Ekström',
		forbundIndex: 0,
		role: 'admin'
	},
	{ email: 'johan.berg@forbund-a.example', name: 'Johan Berg', forbundIndex: 0, role: 'reader' },
	{ email: 'sara.holm@forbund-b.example', name: 'Sara Holm', forbundIndex: 1, role: 'admin' },
	{
		email: 'erik.sandberg@forbund-b.example',
		name: 'Erik Sandberg',
		forbundIndex: 1,
		role: 'reader'
	}
];

export const demoLogins = demoUsers.map((user) => ({
	email: user.email,
	password: demoPassword,
	description:
		user.role === null
			? 'NNS administratör'
			: `${user.role === 'admin' ? 'administratör' : 'läsare'}, förbund ${user.forbundIndex === 0 ? 'A' : 'B'}`
}));

/** The two förbund the demo accounts belong to: the first two of the register. */
async function demoForbund(db: Db) {
	return db
		.select({ id: forbund.id, name: forbund.name })
		.from(forbund)
		.orderBy(asc(forbund.id))
		.limit(2);
}

/**
 * Creates the demo accounts on a platform without any accounts. Returns whether the platform
 * has them (so that the start-up banner can print the logins).
 */
export async function seedDemoUsersIfEmpty(db: Db, currentYear: number): Promise<boolean> {
	if ((await countUsers(db)) > 0) return true;
	const forbundRows = await demoForbund(db);
	if (forbundRows.length < 2) return false;
	const passwordHash = await hashPassword(demoPassword);
	await db.transaction(async (tx) => {
		for (const demo of demoUsers) {
			const user = await insertUser(tx, {
				email: demo.email,
				name: demo.name,
				isNnsAdmin: demo.role === null,
				passwordHash
			});
			if (demo.forbundIndex !== null && demo.role) {
				await setMembership(tx, user.id, forbundRows[demo.forbundIndex]!.id, demo.role);
			}
		}
		await tx
			.insert(forbundYear)
			.values(
				forbundRows.flatMap((a) =>
					[currentYear - 2, currentYear - 1, currentYear].map((year) => ({ forbundId: a.id, year }))
				)
			)
			.onConflictDoNothing();
	});
	return true;
}
