import type { Db } from '../db/connect';
import { findUserById, listMemberships } from '../db/users';

type Actor = Pick<App.User, 'isNnsAdmin' | 'memberships'>;

/**
 * Whether `actor` may receive a link that sets `target`'s password: NNS admins always; an
 * förbund admin only for a person who is no NNS admin and belongs to no förbund the
 * admin does not run, so that no admin can take over an account with wider rights.
 */
export async function mayManageAccount(
	db: Db,
	actor: Actor,
	target: { id: number; isNnsAdmin: boolean }
): Promise<boolean> {
	if (actor.isNnsAdmin) return true;
	if (target.isNnsAdmin) return false;
	const administered = new Set(
		actor.memberships.filter((m) => m.role === 'admin').map((m) => m.forbundId)
	);
	const memberships = await listMemberships(db, target.id);
	return memberships.every((m) => administered.has(m.forbundId));
}

/**
 * The same check for an admin known only by id, as it stands now: used when a link that was
 * shown to that admin is opened, because their rights may have shrunk since.
 */
export async function mayStillManageAccount(
	db: Db,
	actorId: number,
	target: { id: number; isNnsAdmin: boolean }
): Promise<boolean> {
	const actor = await findUserById(db, actorId);
	if (!actor || !actor.active) return false;
	const memberships = await listMemberships(db, actorId);
	return mayManageAccount(db, { isNnsAdmin: actor.isNnsAdmin, memberships }, target);
}
