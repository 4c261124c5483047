import { db } from '$lib/server/db';
import { listAudit } from '$lib/server/db/audit';
import { forbundFromUrl } from '$lib/server/forbund-access';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { association } = await forbundFromUrl(event, 'admin');
	return { entries: await listAudit(db, { forbundId: association.id }) };
}) satisfies PageServerLoad;
