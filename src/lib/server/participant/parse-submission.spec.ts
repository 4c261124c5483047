import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { shippedInstrument } from '$test/builders';
import { questionnaireDefinition } from '../instrument/content-hash';
import { parseSubmission } from './parse-submission';
import { checkSubmissionTicket, issueSubmissionTicket } from './submission-ticket';

const questionnaire = shippedInstrument.questionnaires.find((q) => q.key === 'deltagare-pagaende')!;
const definition = questionnaireDefinition(shippedInstrument, questionnaire);
const required = questionnaire.statements.filter((s) => s.required);

function validForm(): FormData {
	const form = new FormData();
	form.set('submission', randomUUID());
	for (const statement of required) form.set(`s.${statement.key}`, '4');
	return form;
}

describe('parseSubmission', () => {
	it('accepts every required statement answered, with vet inte as its own marker', () => {
		const form = validForm();
		form.set(`s.${required[0]!.key}`, 'vet-inte');
		form.set('bg.kon', 'kvinna');
		const parsed = parseSubmission(form, definition);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.answers[required[0]!.key]).toEqual({ dontKnow: true });
		expect(parsed.answers[required[1]!.key]).toEqual({ value: 4 });
		expect(parsed.background).toEqual({ kon: 'kvinna' });
		expect(Object.keys(parsed.answers)).toHaveLength(required.length);
	});

	it('lets optional statements and background questions be skipped', () => {
		const parsed = parseSubmission(validForm(), definition);
		expect(parsed.ok).toBe(true);
	});

	it('names each missing required statement and keeps the valid answers', () => {
		const form = validForm();
		form.delete(`s.${required[2]!.key}`);
		const parsed = parseSubmission(form, definition);
		expect(parsed).toMatchObject({
			ok: false,
			errors: { [`s.${required[2]!.key}`]: 'errorRequired' },
			values: { [`s.${required[0]!.key}`]: '4' }
		});
	});

	it.each(['0', '8', '9', '4.5', 'sju', '', ' 4'])('refuses %j off the 1–7 scale', (value) => {
		const form = validForm();
		form.set(`s.${required[0]!.key}`, value);
		const parsed = parseSubmission(form, definition);
		expect(parsed.ok).toBe(false);
	});

	it('refuses a background option that does not exist', () => {
		const form = validForm();
		form.set('bg.kon', 'robot');
		expect(parseSubmission(form, definition)).toMatchObject({
			ok: false,
			errors: { 'bg.kon': 'errorInvalid' }
		});
	});

	it.each([
		['an unknown field', (f: FormData) => f.set('s.okand-fraga', '3')],
		['a repeated field', (f: FormData) => f.append(`s.${required[0]!.key}`, '5')],
		['a file instead of a value', (f: FormData) => f.set(`s.${required[0]!.key}`, new Blob(['4']))],
		['a missing submission id', (f: FormData) => f.delete('submission')],
		['a submission id that is not a uuid', (f: FormData) => f.set('submission', '1234')]
	])('spoils the whole post on %s', (_, spoil) => {
		const form = validForm();
		spoil(form);
		expect(parseSubmission(form, definition)).toMatchObject({ ok: false, formError: 'errorForm' });
	});

	describe('with a ticket check (the web form)', () => {
		const secret = randomBytes(32);
		const checkTicket = (ticket: FormDataEntryValue | null) =>
			checkSubmissionTicket(secret, 3, ticket);

		it('stores under the UUID of a ticket this server issued', () => {
			const form = validForm();
			const ticket = issueSubmissionTicket(secret, 3);
			form.set('submission', ticket);
			const parsed = parseSubmission(form, definition, { checkTicket });
			expect(parsed).toMatchObject({ ok: true, submissionId: ticket.split('.')[0] });
		});

		it('refuses a made-up id as a spoiled form', () => {
			expect(parseSubmission(validForm(), definition, { checkTicket })).toMatchObject({
				ok: false,
				formError: 'errorForm'
			});
		});

		it('asks to send again, answers kept, when the page was open for more than a day', () => {
			const form = validForm();
			form.set('submission', issueSubmissionTicket(secret, 3, Date.now() - 25 * 60 * 60 * 1000));
			const parsed = parseSubmission(form, definition, { checkTicket });
			expect(parsed).toMatchObject({ ok: false, formError: 'errorSendAgain', errors: {} });
			expect(!parsed.ok && parsed.values[`s.${required[0]!.key}`]).toBe('4');
		});
	});
});
