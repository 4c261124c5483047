import { beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { createRoundFixture, type RoundFixture } from '$test/builders';
import { engines, useTestDatabase } from '$test/database';
import { findRoundByToken } from '../db/rounds';
import { storeResponse } from '../db/responses';
import type { QuestionnaireDefinition } from '../instrument/content-hash';
import { paperFormDigits, paperValues, parsePaperEntry } from './paper-entry';

function entry(definition: QuestionnaireDefinition, values: Record<string, string>) {
	const form = new FormData();
	for (const statement of definition.questionnaire.statements) {
		form.append(`s.${statement.key}`, values[statement.key] ?? '4');
	}
	for (const [name, value] of Object.entries(values)) {
		if (name.includes('.') || name === 'language' || name === 'submission')
			form.append(name, value);
	}
	return form;
}

describe.each(engines)('paper entry on %s', (engine) => {
	const database = useTestDatabase(engine);
	let fixture: RoundFixture;
	let definition: QuestionnaireDefinition;
	beforeEach(async () => {
		fixture = await createRoundFixture(database.db);
		definition = (await findRoundByToken(database.db, fixture.token))!.definition;
	});

	it('reads 0 as vet inte, takes out the language, and validates like the web form', () => {
		const submission = randomUUID();
		const { language, parsed } = parsePaperEntry(
			entry(definition, { 'i01-respekt': '0', language: 'ar', submission, 'bg.kon': 'kvinna' }),
			definition
		);
		expect(language).toBe('ar');
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.answers['i01-respekt']).toEqual({ dontKnow: true });
		expect(parsed.answers['i01-lyssnar']).toEqual({ value: 4 });
		expect(parsed.background).toEqual({ kon: 'kvinna' });
	});

	it('reports digits off the scale beside the statement', () => {
		const { parsed } = parsePaperEntry(
			entry(definition, { 'i01-respekt': '9', 'i01-lyssnar': '', submission: randomUUID() }),
			definition
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({ 's.i01-respekt': 'errorInvalid' });
		expect(paperValues({ 's.x': 'vet-inte', 's.y': '3' })).toEqual({ 's.x': '0', 's.y': '3' });
	});

	it('stores a statement left blank on paper as not answered, apart from vet inte', () => {
		const { parsed } = parsePaperEntry(
			entry(definition, { 'i01-respekt': '', 'i01-lyssnar': '0', submission: randomUUID() }),
			definition
		);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.answers['i01-respekt']).toBeUndefined();
		expect(parsed.answers['i01-lyssnar']).toEqual({ dontKnow: true });
		expect(parsed.answers['i01-trygg']).toEqual({ value: 4 });
	});

	it('stores a paper questionnaire exactly once, however often it is posted', async () => {
		const form = entry(definition, { submission: randomUUID() });
		for (let i = 0; i < 2; i++) {
			const { parsed } = parsePaperEntry(form, definition);
			if (!parsed.ok) throw new Error('invalid');
			await storeResponse(database.db, {
				roundId: fixture.roundId,
				questionnaireVersionId: fixture.questionnaireVersionId,
				submissionId: parsed.submissionId,
				language: 'sv',
				source: 'paper',
				submittedOn: '2026-11-22',
				background: parsed.background,
				answers: parsed.answers
			});
		}
		const [row] = await database.rows<{ n: number }>(
			"select count(*)::int as n from response where source = 'paper'"
		);
		expect(row?.n).toBe(1);
	});
});

describe('a paper form as digits', () => {
	it('writes 0 for vet inte and a dash for a blank statement, in statement order', () => {
		expect(paperFormDigits({ answers: { b: 0, a: 5, d: 7 } }, ['a', 'b', 'c', 'd'])).toBe(
			'5 0 – 7'
		);
	});
});
