import { csvMediaType } from '$lib/server/csv/write';
import { db } from '$lib/server/db';
import { forbundResultsFromUrl } from '$lib/server/results/forbund-page';
import { forbundResultsCsv } from '$lib/server/results/results-csv';
import type { RequestHandler } from './$types';

/** The results page's figures as CSV for Excel, with the same filters and the same hiding. */
export const GET: RequestHandler = async (event) => {
	const page = await forbundResultsFromUrl(db, event);
	const insats = page.insatser.find((i) => i.value === String(page.choice.insatsId));
	const body = forbundResultsCsv(
		{
			forbund: page.forbundName,
			year: page.choice.year,
			questionnaire: page.questionnaireTitle,
			insats: insats?.label ?? null
		},
		page.results
	);
	return new Response(body, {
		headers: {
			'content-type': csvMediaType,
			'content-disposition': `attachment; filename="resultat-${page.choice.questionnaire}-${page.choice.year}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
};
