import { db } from '$lib/server/db';
import { associationResultsFromUrl } from '$lib/server/results/association-page';
import type { PageServerLoad } from './$types';

export const load = (async (event) =>
	associationResultsFromUrl(db, event)) satisfies PageServerLoad;
