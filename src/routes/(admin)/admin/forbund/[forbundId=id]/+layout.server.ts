import { forbundFromUrl } from '$lib/server/auth/forbund-access';
import { db } from '$lib/server/db';
import type { LayoutServerLoad } from './$types';

export const load = (async (event) => {
	const { association, role } = await forbundFromUrl(db, event, 'reader');
	return { forbund: { id: association.id, name: association.name }, role };
}) satisfies LayoutServerLoad;
