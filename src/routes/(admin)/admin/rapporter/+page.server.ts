import { requireNnsAdmin } from '$lib/server/auth/access';
import { db } from '$lib/server/db';
import { listLockedYears } from '$lib/server/db/locked-years';
import { listReportEditions, reportYears } from '$lib/server/db/reports';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	requireNnsAdmin(event);
	const [years, editions, locked] = await Promise.all([
		reportYears(db),
		listReportEditions(db),
		listLockedYears(db)
	]);
	return {
		years: years.map((year) => ({
			year,
			editions: editions.filter((e) => e.year === year).length,
			locked: locked.includes(year)
		}))
	};
}) satisfies PageServerLoad;
