import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedInstrument } from '$test/builders';
import { questionnaireDefinition } from '../instrument/content-hash';
import { parseSubmission } from './parse-submission';
import { readFormWithLimit } from './read-form';

const questionnaire = shippedInstrument.questionnaires.find((q) => q.key === 'deltagare-pagaende')!;
const definition = questionnaireDefinition(shippedInstrument, questionnaire);
const fieldNames = [
	'submission',
	...questionnaire.statements.map((s) => `s.${s.key}`),
	...questionnaire.background.map((b) => `bg.${b.key}`)
];

/** What an attacker sends: the real field names and others, and values built to hurt. */
const hostileText = fc.oneof(
	fc.string(),
	fc.string({ unit: 'grapheme', maxLength: 50 }),
	fc.constantFrom(
		'\u0000',
		'4\u0000',
		"'; drop table answer; --",
		'<script>alert(1)</script>',
		'__proto__',
		'constructor',
		'1e3',
		'-1',
		'07',
		'2147483648',
		'vet-inte',
		'x'.repeat(10_000)
	),
	fc.integer().map(String)
);
const hostileName = fc.oneof(
	fc.constantFrom(...fieldNames, '__proto__', 'constructor'),
	fc.string()
);

describe('the participant submit under hostile input', () => {
	it('never throws, and accepts only values on the scale from known fields', () => {
		let refused = 0;
		fc.assert(
			fc.property(fc.array(fc.tuple(hostileName, hostileText), { maxLength: 40 }), (fields) => {
				const form = new FormData();
				for (const [name, value] of fields) form.append(name, value);
				const parsed = parseSubmission(form, definition);
				if (!parsed.ok) {
					refused += 1;
					return;
				}
				for (const [key, answer] of Object.entries(parsed.answers)) {
					expect(questionnaire.statements.some((s) => s.key === key)).toBe(true);
					if ('value' in answer) expect(answer.value >= 1 && answer.value <= 7).toBe(true);
				}
				for (const [key, option] of Object.entries(parsed.background)) {
					const question = questionnaire.background.find((b) => b.key === key);
					expect(question?.options.some((o) => o.key === option)).toBe(true);
				}
				expect(Object.getPrototypeOf(parsed.answers)).toBe(Object.prototype);
			}),
			{ numRuns: 500 }
		);
		// Random fields almost never make a valid form (no submission id): they are refused.
		expect(refused).toBeGreaterThan(400);
	});

	it('reads any body without throwing, refusing what is too large or not a form', async () => {
		const outcomes = new Set<string>();
		await fc.assert(
			fc.asyncProperty(
				fc.uint8Array({ maxLength: 40_000 }),
				fc.constantFrom(
					'application/x-www-form-urlencoded',
					'multipart/form-data; boundary=x',
					'text/plain',
					''
				),
				async (bytes, type) => {
					const request = new Request('http://localhost/', {
						method: 'POST',
						body: bytes,
						headers: type ? { 'content-type': type } : {}
					});
					const read = await readFormWithLimit(request);
					outcomes.add(read.ok ? 'ok' : String(read.status));
					if (bytes.byteLength > 32 * 1024) expect(read).toMatchObject({ ok: false, status: 413 });
					if (!/form/.test(type) && bytes.byteLength <= 32 * 1024) {
						expect(read).toMatchObject({ ok: false, status: 415 });
					}
				}
			),
			{ numRuns: 100 }
		);
		expect(outcomes.has('415')).toBe(true);
	});
});
