import { requireNnsAdmin } from '$lib/server/auth/access';
import { csvMediaType } from '$lib/server/csv/write';
import { db } from '$lib/server/db';
import { recordAudit } from '$lib/server/db/audit';
import { rawResponses } from '$lib/server/db/raw-answers';
import { getInstrument } from '$lib/server/instrument';
import { rawAnswersCsv } from '$lib/server/reports/raw-answers';
import type { RequestHandler } from './$types';
import { localize } from '$lib/instrument/text';

/** Raw answers, one row a response: NNS admins only, shuffled, never public. Audited. */
export const GET: RequestHandler = async (event) => {
	const user = requireNnsAdmin(event);
	const year = Number(event.params.year);
	const questionnaire = getInstrument().questionnaires.find(
		(q) => q.key === event.params.questionnaire
	)!;
	const responses = await rawResponses(db, { questionnaireKey: questionnaire.key, year });
	await recordAudit(db, {
		actor: user,
		action: 'answers.export',
		summary: `Laddade ned enskilda svar på ${localize(questionnaire.title, 'sv', questionnaire.key)} för ${year}.`,
		detail: { year, questionnaire: questionnaire.key, rows: responses.length }
	});
	return new Response(rawAnswersCsv(questionnaire, responses), {
		headers: {
			'content-type': csvMediaType,
			'content-disposition': `attachment; filename="svar-${questionnaire.key}-${year}.csv"`,
			'cache-control': 'no-store'
		}
	});
};
