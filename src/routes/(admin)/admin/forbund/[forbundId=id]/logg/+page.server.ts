import { parseAuditFilter } from '$lib/server/audit/audit-filter';
import { db } from '$lib/server/db';
import { listAudit, listAuditActors } from '$lib/server/db/audit';
import { forbundFromUrl } from '$lib/server/auth/forbund-access';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	const { forbund } = await forbundFromUrl(db, event, 'admin');
	const { filter, values, errors } = parseAuditFilter(event.url, { byForbund: false });
	return {
		entries: await listAudit(db, { ...filter, forbundId: forbund.id }),
		filtered: Object.keys(values).length > 0,
		values,
		errors,
		people: (await listAuditActors(db, forbund.id)).map((p) => ({
			value: String(p.id),
			label: p.name
		}))
	};
}) satisfies PageServerLoad;
