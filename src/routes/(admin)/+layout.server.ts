import { requireUser } from '$lib/server/auth/access';
import type { LayoutServerLoad } from './$types';

/** The first guard of the admin area; every load and action checks again for itself. */
export const load = (async (event) => {
	const user = requireUser(event);
	return {
		account: { name: user.name, isNnsAdmin: user.isNnsAdmin, memberships: user.memberships }
	};
}) satisfies LayoutServerLoad;
