import { invalidateUserSessions } from '../auth/session';
import { recordAudit } from '../db/audit';
import type { Db } from '../db/connect';
import { updateUser } from '../db/users';

export interface PersonChanges {
	name: string;
	isNnsAdmin: boolean;
	active: boolean;
}

/**
 * NNS changes a person's name, NNS rights or whether the account is active, with its audit entry
 * in one transaction. Switching an account off or taking NNS rights away ends every session of the
 * person at once, so that no open browser keeps what was taken.
 */
export async function updatePerson(
	db: Db,
	actor: { id: number; name: string },
	person: { id: number; email: string; isNnsAdmin: boolean },
	changes: PersonChanges
): Promise<void> {
	await db.transaction(async (tx) => {
		await updateUser(tx, person.id, changes);
		if (!changes.active || (person.isNnsAdmin && !changes.isNnsAdmin)) {
			await invalidateUserSessions(tx, person.id);
		}
		await recordAudit(tx, {
			actor,
			action: 'user.update',
			summary: `Ändrade ${changes.name} (${person.email}): ${
				changes.isNnsAdmin ? 'NNS administratör' : 'inte NNS administratör'
			}, ${changes.active ? 'aktiv' : 'avstängd'}.`,
			detail: { userId: person.id, ...changes }
		});
	});
}
