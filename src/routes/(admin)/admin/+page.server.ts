import { requireUser } from '$lib/server/auth/access';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const user = requireUser(event);
	return { memberships: user.memberships, isNnsAdmin: user.isNnsAdmin };
}) satisfies PageServerLoad;
