import { db } from '$lib/server/db';
import { listReportEditions } from '$lib/server/db/reports';
import type { PageServerLoad } from './$types';

export const load = (async () => {
	const editions = await listReportEditions(db);
	const years = [...new Set(editions.map((e) => e.year))];
	return {
		reports: years.map((year) => ({
			year,
			editions: editions.filter((e) => e.year === year)
		}))
	};
}) satisfies PageServerLoad;
