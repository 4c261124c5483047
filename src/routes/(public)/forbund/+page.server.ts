import { db } from '$lib/server/db';
import { listForbund } from '$lib/server/db/forbund';
import { groupByLan } from './group-by-lan';
import type { PageServerLoad } from './$types';

export const load = (async () => {
	const forbundList = await listForbund(db);
	return { total: forbundList.length, groups: groupByLan(forbundList) };
}) satisfies PageServerLoad;
