import { error } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { forbundContent, publishedEdition } from '$lib/server/reports/editions';
import type { PageServerLoad } from './$types';

export const load = (async ({ params }) => {
	const edition = await publishedEdition(db, Number(params.year));
	const forbund = edition.content.participation.forbund.find((f) => f.id === Number(params.id));
	if (!forbund) error(404, `Förbundet finns inte i rapporten för ${params.year}.`);
	return {
		summary: edition.summary,
		content: forbundContent(edition.content, forbund.id),
		forbund
	};
}) satisfies PageServerLoad;
