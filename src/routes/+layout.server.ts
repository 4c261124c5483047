import type { LayoutServerLoad } from './$types';

/** Only the name for the header: whether someone is signed in and who. */
export const load = (async ({ locals }) => {
	return { signedInAs: locals.user?.name ?? null };
}) satisfies LayoutServerLoad;
