import { db } from '$lib/server/db';
import { forbundResultsFromUrl } from '$lib/server/results/forbund-page';
import type { PageServerLoad } from './$types';

export const load = (async (event) => forbundResultsFromUrl(db, event)) satisfies PageServerLoad;
