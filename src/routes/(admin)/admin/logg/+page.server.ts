import { requireNnsAdmin } from '$lib/server/auth/access';
import { parseAuditFilter } from '$lib/server/audit/audit-filter';
import { db } from '$lib/server/db';
import { listAudit, listAuditActors } from '$lib/server/db/audit';
import { listForbund } from '$lib/server/db/forbund';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	requireNnsAdmin(event);
	const { filter, values, errors } = parseAuditFilter(event.url, { byForbund: true });
	return {
		entries: await listAudit(db, filter),
		filtered: Object.keys(values).length > 0,
		values,
		errors,
		forbund: (await listForbund(db))
			.map((f) => ({ value: String(f.id), label: f.name }))
			.sort((a, b) => a.label.localeCompare(b.label, 'sv')),
		people: (await listAuditActors(db)).map((p) => ({ value: String(p.id), label: p.name }))
	};
}) satisfies PageServerLoad;
