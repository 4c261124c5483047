import { db } from '$lib/server/db';
import { listForbund } from '$lib/server/db/forbund';
import { groupByLan } from './group-by-lan';
import type { PageServerLoad } from './$types';

export const load = (async () => {
	const associations = await listForbund(db);
	return { total: associations.length, groups: groupByLan(associations) };
}) satisfies PageServerLoad;
