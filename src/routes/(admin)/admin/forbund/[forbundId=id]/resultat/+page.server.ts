import { associationResultsFromUrl } from '$lib/server/results/association-page';
import type { PageServerLoad } from './$types';

export const load = (async (event) => associationResultsFromUrl(event)) satisfies PageServerLoad;
