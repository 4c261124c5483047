import { z } from 'zod';
import type { QuestionnaireDefinition } from '../instrument/content-hash';
import type { StatementAnswer } from '../db/responses';
import type { TicketCheck } from './submission-ticket';

/** The marker a form posts for "Vet inte / Ej aktuellt". */
export const dontKnowValue = 'vet-inte';
export const statementField = (key: string) => `s.${key}`;
export const backgroundField = (key: string) => `bg.${key}`;
export const submissionField = 'submission';

/** Error codes, shown in the participant's language through the instrument's phrases. */
export type FieldError = 'errorRequired' | 'errorInvalid';
/** errorSendAgain: nothing wrong with the answers; the server could not take them just now. */
export type FormError = 'errorForm' | 'errorTooLarge' | 'errorSendAgain';

export type ParsedSubmission =
	| {
			ok: true;
			submissionId: string;
			background: Record<string, string>;
			answers: Record<string, StatementAnswer>;
	  }
	| {
			ok: false;
			formError?: FormError;
			errors: Record<string, FieldError>;
			/** The valid values only, to fill the form in again. */
			values: Record<string, string>;
	  };

const submissionId = z.uuid();

function statementValue(min: number, max: number) {
	return z.union([
		z.literal(dontKnowValue).transform((): StatementAnswer => ({ dontKnow: true })),
		z
			.string()
			.regex(/^\d{1,2}$/)
			.transform(Number)
			.pipe(z.number().int().min(min).max(max))
			.transform((value): StatementAnswer => ({ value }))
	]);
}

interface SubmissionRules {
	statements: Map<
		string,
		{ key: string; required: boolean; value?: ReturnType<typeof statementValue> }
	>;
	background: Map<string, { key: string; option: z.ZodEnum<Record<string, string>> }>;
}

/**
 * The rules of one definition, built on its first submission and kept while the definition
 * object lives (the round lookup caches definitions): building the zod schemas of every
 * statement took 2 ms of every submit, checking against them 40 µs.
 */
const rulesByDefinition = new WeakMap<QuestionnaireDefinition, SubmissionRules>();

function submissionRules(definition: QuestionnaireDefinition): SubmissionRules {
	const cached = rulesByDefinition.get(definition);
	if (cached) return cached;
	const { questionnaire, scales } = definition;
	const valueByScale = new Map(scales.map((s) => [s.key, statementValue(s.min, s.max)]));
	const rules: SubmissionRules = {
		statements: new Map(
			questionnaire.statements.map((s) => [
				statementField(s.key),
				{ key: s.key, required: s.required, value: valueByScale.get(s.scale) }
			])
		),
		background: new Map(
			questionnaire.background.map((b) => [
				backgroundField(b.key),
				{ key: b.key, option: z.enum(b.options.map((o) => o.key) as [string, ...string[]]) }
			])
		)
	};
	rulesByDefinition.set(definition, rules);
	return rules;
}

/**
 * Checks a posted questionnaire against the definition it was rendered from. Anything the form
 * could not have sent (unknown or repeated fields, files, a missing submission id) spoils the
 * whole post; a missing or off-scale answer is reported beside its statement.
 */
export function parseSubmission(
	form: FormData,
	definition: QuestionnaireDefinition,
	{
		blankAllowed = false,
		checkTicket
	}: {
		/** Paper: a statement left blank on the paper is stored as not answered, never refused. */
		blankAllowed?: boolean;
		/**
		 * The web: the submission id must be a ticket this server issued for the round (see
		 * submission-ticket.ts). Paper entry, behind a sign-in, takes a plain UUID.
		 */
		checkTicket?: (ticket: FormDataEntryValue | null) => TicketCheck;
	} = {}
): ParsedSubmission {
	const errors: Record<string, FieldError> = {};
	const values: Record<string, string> = {};
	let formError: FormError | undefined;

	const { statements, background } = submissionRules(definition);
	const seen = new Set<string>();
	for (const [name, value] of form.entries()) {
		const known = name === submissionField || statements.has(name) || background.has(name);
		if (!known || seen.has(name) || typeof value !== 'string') formError = 'errorForm';
		seen.add(name);
	}

	let id: string | undefined;
	if (checkTicket) {
		const ticket = checkTicket(form.get(submissionField));
		if (ticket.ok) id = ticket.submissionId;
		// An old page: the answers are fine, and the page comes back with a new ticket.
		else formError ??= ticket.expired ? 'errorSendAgain' : 'errorForm';
	} else {
		const parsed = submissionId.safeParse(form.get(submissionField));
		if (parsed.success) id = parsed.data;
		else formError = 'errorForm';
	}

	const backgroundAnswers: Record<string, string> = {};
	for (const [name, question] of background) {
		const raw = form.get(name);
		if (raw === null || raw === '') continue;
		const option = question.option.safeParse(raw);
		if (option.success) {
			backgroundAnswers[question.key] = option.data;
			values[name] = option.data;
		} else {
			errors[name] = 'errorInvalid';
		}
	}

	const answers: Record<string, StatementAnswer> = {};
	for (const [name, statement] of statements) {
		const raw = form.get(name);
		if (raw === null || raw === '') {
			if (statement.required && !blankAllowed) errors[name] = 'errorRequired';
			continue;
		}
		const parsed = statement.value?.safeParse(raw);
		if (parsed?.success) {
			answers[statement.key] = parsed.data;
			values[name] = raw as string;
		} else {
			errors[name] = 'errorInvalid';
		}
	}

	if (formError || Object.keys(errors).length > 0 || id === undefined) {
		return { ok: false, formError, errors, values };
	}
	return { ok: true, submissionId: id, background: backgroundAnswers, answers };
}
