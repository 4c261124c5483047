import { requireNnsAdmin } from '$lib/server/auth/access';
import { db } from '$lib/server/db';
import { listAudit } from '$lib/server/db/audit';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	requireNnsAdmin(event);
	return { entries: await listAudit(db) };
}) satisfies PageServerLoad;
