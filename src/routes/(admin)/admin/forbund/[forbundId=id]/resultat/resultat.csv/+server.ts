import { csvMediaType } from '$lib/server/csv/write';
import { db } from '$lib/server/db';
import { associationResultsFromUrl } from '$lib/server/results/association-page';
import { associationResultsCsv } from '$lib/server/results/results-csv';
import type { RequestHandler } from './$types';

/** The results page's figures as CSV for Excel, with the same filters and the same hiding. */
export const GET: RequestHandler = async (event) => {
	const page = await associationResultsFromUrl(db, event);
	const programme = page.insatser.find((i) => i.value === String(page.choice.insatsId));
	const body = associationResultsCsv(
		{
			forbund: page.forbundName,
			year: page.choice.year,
			questionnaire: page.questionnaireTitle,
			programme: programme?.label ?? null
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
