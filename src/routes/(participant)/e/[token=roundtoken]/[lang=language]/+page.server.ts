import { error, fail, redirect } from '@sveltejs/kit';
import { stockholmToday } from '$lib/dates';
import { db } from '$lib/server/db';
import { findParticipantRound } from '$lib/server/db/rounds';
import { roundState } from '$lib/server/rounds/round-state';
import { storeResponse } from '$lib/server/db/responses';
import { getInstrument } from '$lib/server/instrument';
import { loadRound, noStore, offersLanguage } from '$lib/server/participant/load-round';
import { parseSubmission, submissionField } from '$lib/server/participant/parse-submission';
import { notYetOpenText, questionnaireView } from '$lib/server/participant/questionnaire-view';
import { readFormWithLimit } from '$lib/server/participant/read-form';
import { thanksPath } from '$lib/server/participant/receipt';
import { submitThrottle } from '$lib/server/participant/submit-throttle';
import {
	checkSubmissionTicket,
	issueSubmissionTicket
} from '$lib/server/participant/submission-ticket';
import { ticketSecret } from '$lib/server/participant/ticket-secret';
import { trustedClientKey } from '$lib/server/throttle/client-key';
import type { Actions, PageServerLoad } from './$types';

const languageMissing = 'Enkäten finns inte på det språket.';

export const load = (async ({ params, setHeaders }) => {
	setHeaders(noStore);
	const { round, state } = await loadRound(db, params.token);
	if (!offersLanguage(round, params.lang)) error(404, languageMissing);
	const instrument = getInstrument();
	return {
		token: round.token,
		state,
		notYetOpenText: notYetOpenText(instrument, params.lang, round.opensOn),
		submissionId: issueSubmissionTicket(await ticketSecret(db), round.id),
		...questionnaireView(instrument, round, params.lang)
	};
}) satisfies PageServerLoad;

export const actions = {
	skicka: async ({ params, request }) => {
		const round = await findParticipantRound(db, params.token);
		if (!round || !offersLanguage(round, params.lang)) {
			return fail(404, { formError: 'errorForm' as const, errors: {}, values: {} });
		}
		const today = stockholmToday();
		const state = roundState(round, today);
		if (state === 'closed') return fail(410, { closed: true, errors: {}, values: {} });
		if (state === 'not-yet-open') return fail(403, { notYetOpen: true, errors: {}, values: {} });

		const body = await readFormWithLimit(request);
		if (!body.ok) {
			const formError = body.status === 413 ? ('errorTooLarge' as const) : ('errorForm' as const);
			return fail(body.status, { formError, errors: {}, values: {} });
		}
		const secret = await ticketSecret(db);
		const parsed = parseSubmission(body.form, round.definition, {
			checkTicket: (ticket) => checkSubmissionTicket(secret, round.id, ticket)
		});
		if (!parsed.ok) {
			return fail(400, {
				formError: parsed.formError,
				errors: parsed.errors,
				values: parsed.values
			});
		}
		// Null unless the operator named a trusted proxy header: see `trustedClientKey`.
		const client = trustedClientKey(request.headers);
		if (submitThrottle.waitFor(client).ms > 0) {
			// Valid answers, checked field by field above: they fill the form in again.
			const values = Object.fromEntries(
				[...body.form].filter(
					(entry): entry is [string, string] =>
						entry[0] !== submissionField && typeof entry[1] === 'string'
				)
			);
			return fail(429, { formError: 'errorSendAgain' as const, errors: {}, values });
		}
		const stored = await storeResponse(db, {
			roundId: round.id,
			questionnaireVersionId: round.questionnaireVersionId,
			submissionId: parsed.submissionId,
			language: params.lang,
			source: 'web',
			submittedOn: today,
			background: parsed.background,
			answers: parsed.answers
		});
		// NNS locked the year between the page load and this post.
		if (stored === 'locked') return fail(410, { closed: true, errors: {}, values: {} });
		// The throttle counts what it is told to: here every stored submission.
		submitThrottle.recordFailure(client);
		// Stored now or by an earlier identical post: either way the answers are safe.
		redirect(303, thanksPath(round.token, params.lang, today));
	}
} satisfies Actions;
