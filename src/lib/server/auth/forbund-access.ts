import { error, type RequestEvent } from '@sveltejs/kit';
import { requireForbundRole, roleIn } from './access';
import type { Db } from '../db/connect';
import { findForbund } from '../db/forbund';
import type { Role } from '../db/schema';

/**
 * The förbund named in the URL, after checking that the signed-in person has at least the
 * `needed` role in it. `db` is passed in, so that the guard is unit-tested on a test database.
 * Unknown ids answer 403 to everyone but NNS, so ids reveal nothing.
 */
export async function forbundFromUrl(
	db: Db,
	event: Pick<RequestEvent, 'locals' | 'url' | 'params'>,
	needed: Role
) {
	const forbundId = Number((event.params as { forbundId?: string }).forbundId);
	const user = requireForbundRole(event, forbundId, needed);
	const forbund = await findForbund(db, forbundId);
	if (!forbund) error(404, 'Förbundet finns inte.');
	return { user, forbund, role: roleIn(user, forbundId)! };
}
