import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { createRoundFixture, type RoundFixture } from '$test/builders';
import { engines, useTestDatabase } from '$test/database';
import { sql } from 'drizzle-orm';
import { pagaende } from '$test/participant';
import { scoreResponses } from './response-scores';
import { storeResponse, type NewResponse } from './responses';

describe.each(engines)('responses on %s', (engine) => {
	const database = useTestDatabase(engine);
	let fixture: RoundFixture;
	beforeEach(async () => {
		fixture = await createRoundFixture(database.db);
	});

	const response = (submissionId: string): NewResponse => ({
		roundId: fixture.roundId,
		questionnaireVersionId: fixture.questionnaireVersionId,
		submissionId,
		language: 'ar',
		source: 'web',
		submittedOn: '2026-11-22',
		background: { kon: 'kvinna' },
		answers: { 'i01-respekt': { value: 6 }, 'i01-lyssnar': { dontKnow: true } }
	});

	it('stores a submission exactly once, however often it is posted', async () => {
		const id = randomUUID();
		expect(await storeResponse(database.db, response(id))).toBe('stored');
		expect(await storeResponse(database.db, response(id))).toBe('duplicate');
		const [counts] = await database.rows<{ responses: number; answers: number }>(
			'select (select count(*)::int from response) as responses, (select count(*)::int from answer) as answers'
		);
		expect(counts).toEqual({ responses: 1, answers: 2 });
	});

	it('stores simultaneous duplicates once', async () => {
		const id = randomUUID();
		const results = await Promise.all(
			Array.from({ length: 5 }, () => storeResponse(database.db, response(id)))
		);
		expect(results.filter((r) => r === 'stored')).toHaveLength(1);
		const [row] = await database.rows<{ n: number }>('select count(*)::int as n from response');
		expect(row?.n).toBe(1);
	});

	it('writes at submit the same indicator scores that scoring afterwards writes', async () => {
		// A spread over the scale with gaps and "vet inte", so that some indicators reach half
		// their statements answered and some do not.
		const answers: NewResponse['answers'] = {};
		pagaende.statements.forEach((statement, index) => {
			if (index % 5 === 1) return;
			answers[statement.key] = index % 4 === 2 ? { dontKnow: true } : { value: (index % 7) + 1 };
		});
		await storeResponse(database.db, { ...response(randomUUID()), answers });
		const scores = () =>
			database.rows<{ indicator: string; score: number }>(
				'select indicator, score from response_score order by indicator'
			);
		const atSubmit = await scores();
		expect(atSubmit.length).toBeGreaterThan(1);
		await database.rows('delete from response_score');
		await scoreResponses(database.db, sql`true`);
		expect(await scores()).toEqual(atSubmit);
	});

	it('keeps vet inte as a marker with no value, which averages cannot include', async () => {
		await storeResponse(database.db, response(randomUUID()));
		const rows = await database.rows<{
			statement_key: string;
			value: number | null;
			dont_know: boolean;
		}>('select statement_key, value, dont_know from answer order by statement_key');
		expect(rows).toEqual([
			{ statement_key: 'i01-lyssnar', value: null, dont_know: true },
			{ statement_key: 'i01-respekt', value: 6, dont_know: false }
		]);
		const [mean] = await database.rows<{ mean: number }>(
			'select avg(value)::float as mean from answer'
		);
		expect(mean?.mean).toBe(6);
		await expect(
			database.rows(
				"insert into answer (response_id, statement_key, value, dont_know) select id, 'x', 3, true from response"
			)
		).rejects.toThrow(/answer_value_or_dont_know/);
	});

	it('holds nothing beyond the listed fields: no time, address, agent or session', async () => {
		const columns = async (table: string) =>
			(
				await database.rows<{ column_name: string; data_type: string }>(
					`select column_name, data_type from information_schema.columns
					 where table_schema = 'public' and table_name = '${table}' order by ordinal_position`
				)
			)
				.map((c) => `${c.column_name}:${c.data_type}`)
				.sort();
		expect(await columns('response')).toEqual(
			[
				'id:uuid',
				'round_id:integer',
				'questionnaire_version_id:integer',
				'submission_id:uuid',
				'language:text',
				'source:text',
				'submitted_on:date',
				'background:jsonb'
			].sort()
		);
		expect(await columns('answer')).toEqual(
			['response_id:uuid', 'statement_key:text', 'value:smallint', 'dont_know:boolean'].sort()
		);
	});
});
