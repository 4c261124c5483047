import { db } from '$lib/server/db';
import { publishedEdition } from '$lib/server/reports/editions';
import type { PageServerLoad } from './$types';

export const load = (async ({ params }) =>
	publishedEdition(db, Number(params.year))) satisfies PageServerLoad;
