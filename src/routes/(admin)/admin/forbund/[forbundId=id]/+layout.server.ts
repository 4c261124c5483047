import { forbundFromUrl } from '$lib/server/auth/forbund-access';
import { db } from '$lib/server/db';
import type { LayoutServerLoad } from './$types';

export const load = (async (event) => {
	const { forbund, role } = await forbundFromUrl(db, event, 'reader');
	return { forbund: { id: forbund.id, name: forbund.name }, role };
}) satisfies LayoutServerLoad;
