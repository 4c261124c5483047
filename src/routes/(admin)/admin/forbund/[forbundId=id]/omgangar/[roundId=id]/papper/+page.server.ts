import { randomUUID } from 'node:crypto';
import { redirect } from '@sveltejs/kit';
import { stockholmToday } from '$lib/dates';
import { db } from '$lib/server/db';
import { countPaperEntry } from '$lib/server/db/audit';
import { storeResponse } from '$lib/server/db/responses';
import { countRoundResponses } from '$lib/server/db/rounds';
import { invalid } from '$lib/server/forms/parse-form';
import { getInstrument } from '$lib/server/instrument';
import { lockedYearMessage, roundFromUrl } from '$lib/server/rounds/round-access';
import { paperValues, parsePaperEntry } from '$lib/server/rounds/paper-entry';
import { readFormWithLimit } from '$lib/server/participant/read-form';
import { listPaperForms } from '$lib/server/db/paper-responses';
import { paperFormDigits } from '$lib/server/rounds/paper-entry';
import {
	lastPaperEntry,
	rememberPaperEntry,
	undoLastPaperEntry
} from '$lib/server/rounds/paper-undo';
import type { Actions, PageServerLoad } from './$types';

export const load = (async (event) => {
	const { round, locked } = await roundFromUrl(db, event, 'admin');
	const { questionnaire, scales } = round.definition;
	const scale = scales.find((s) => s.key === questionnaire.scale)!;
	const sv = (text: Record<string, string>) => text.sv ?? Object.values(text)[0] ?? '';
	const names = Object.fromEntries(getInstrument().languages.map((l) => [l.code, l.name]));
	const statementKeys = questionnaire.statements.map((statement) => statement.key);
	const paperForms = (await listPaperForms(db, round.id))
		.map((form) => ({
			language: names[form.language] ?? form.language,
			answers: paperFormDigits(form, statementKeys)
		}))
		.sort(
			(a, b) => a.language.localeCompare(b.language, 'sv') || a.answers.localeCompare(b.answers)
		);
	return {
		paperForms,
		canUndo: !locked && lastPaperEntry(event.locals.session?.id ?? '', round.id) !== null,
		locked,
		title: sv(questionnaire.title),
		year: round.year,
		submissionId: randomUUID(),
		paperCount: (await countRoundResponses(db, round.id)).bySource.paper ?? 0,
		scale: { min: scale.min, max: scale.max },
		languages: round.languages.map((code) => ({ value: code, label: names[code] ?? code })),
		background: questionnaire.background.map((question) => ({
			name: `bg.${question.key}`,
			label: sv(question.label),
			options: question.options.map((option) => ({ value: option.key, label: sv(option.label) }))
		})),
		statements: questionnaire.statements.map((statement, index) => ({
			name: `s.${statement.key}`,
			number: index + 1,
			text: sv(statement.text),
			required: statement.required
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	save: async (event) => {
		const { user, forbund, round, locked } = await roundFromUrl(db, event, 'admin');
		if (locked) return invalid({ form: lockedYearMessage });
		const body = await readFormWithLimit(event.request);
		if (!body.ok) {
			return invalid({ form: 'Formuläret gick inte att läsa. Ladda om sidan.' });
		}
		const { definition } = round;
		const scale = definition.scales.find((s) => s.key === definition.questionnaire.scale)!;
		const { language, parsed } = parsePaperEntry(body.form, definition);
		const errors: Record<string, string> = {};
		if (!round.languages.includes(language)) errors.language = 'Välj ett av omgångens språk.';
		if (!parsed.ok) {
			for (const field of Object.keys(parsed.errors)) {
				// Blank boxes are allowed (not answered), so only a wrong digit or option is left.
				errors[field] = field.startsWith('bg.')
					? 'Välj ett av alternativen.'
					: `Skriv en siffra ${scale.min}–${scale.max}, 0 för vet inte, eller lämna tomt om inget är ikryssat.`;
			}
			if (parsed.formError) errors.form = 'Formuläret gick inte att läsa. Ladda om sidan.';
		}
		if (!parsed.ok || Object.keys(errors).length > 0) {
			return invalid(errors, { ...paperValues(parsed.ok ? {} : parsed.values), language });
		}
		const result = await storeResponse(db, {
			roundId: round.id,
			questionnaireVersionId: round.questionnaireVersionId,
			submissionId: parsed.submissionId,
			language,
			source: 'paper',
			submittedOn: stockholmToday(),
			background: parsed.background,
			answers: parsed.answers
		});
		if (result === 'locked') return invalid({ form: lockedYearMessage });
		// The last form this session entered, for its undo: in memory only (see paper-undo.ts).
		if (event.locals.session)
			rememberPaperEntry(event.locals.session.id, round.id, parsed.submissionId);
		if (result === 'stored') {
			await countPaperEntry(
				db,
				{
					actor: user,
					forbundId: forbund.id,
					roundId: round.id,
					label: `${round.questionnaireKey} ${round.year}`
				},
				stockholmToday()
			);
		}
		redirect(303, `/admin/forbund/${forbund.id}/omgangar/${round.id}/papper?sparat=1`);
	},
	undo: async (event) => {
		const { user, forbund, round } = await roundFromUrl(db, event, 'admin');
		const outcome = await undoLastPaperEntry(
			db,
			event.locals.session?.id ?? '',
			{
				actor: user,
				forbundId: forbund.id,
				roundId: round.id,
				label: `${round.questionnaireKey} ${round.year}`
			},
			stockholmToday()
		);
		if (!outcome.ok) return invalid({ undo: outcome.message });
		redirect(303, `/admin/forbund/${forbund.id}/omgangar/${round.id}/papper?angrat=1`);
	}
} satisfies Actions;
