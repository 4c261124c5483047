import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	doublePrecision,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	smallint,
	text,
	uniqueIndex,
	uuid
} from 'drizzle-orm/pg-core';
import { questionnaireVersion } from './instrument';
import { round } from './rounds';

export const responseSources = ['web', 'paper'] as const;
export type ResponseSource = (typeof responseSources)[number];

/**
 * One submitted questionnaire. Deliberately holds nothing that points to a person: a date, never
 * a time; no address, agent, cookie or session. `submissionId` is the random id of the rendered
 * form, so that a repeated post stores nothing new.
 */
export const response = pgTable(
	'response',
	{
		/**
		 * Random, not a sequence: a serial id would tell the order of submissions across the
		 * country, and with it roughly when each one came in.
		 */
		id: uuid().primaryKey().defaultRandom(),
		roundId: integer()
			.notNull()
			.references(() => round.id, { onDelete: 'restrict' }),
		questionnaireVersionId: integer()
			.notNull()
			.references(() => questionnaireVersion.id, { onDelete: 'restrict' }),
		submissionId: uuid().notNull(),
		language: text().notNull(),
		source: text({ enum: responseSources }).notNull(),
		submittedOn: date({ mode: 'string' }).notNull(),
		/** Background answers by question key, e.g. `{ "kon": "kvinna" }`; unanswered keys absent. */
		background: jsonb().$type<Record<string, string>>().notNull().default({})
	},
	(t) => [
		uniqueIndex('response_submission_unique').on(t.submissionId),
		index('response_round_idx').on(t.roundId),
		index('response_questionnaire_version_idx').on(t.questionnaireVersionId),
		check('response_source_valid', sql`${t.source} in ('web', 'paper')`)
	]
);

/**
 * One answered statement. "Vet inte / Ej aktuellt" is its own marker with no value, so that no
 * statistic can ever average it.
 */
export const answer = pgTable(
	'answer',
	{
		responseId: uuid()
			.notNull()
			.references(() => response.id, { onDelete: 'cascade' }),
		statementKey: text().notNull(),
		value: smallint(),
		dontKnow: boolean().notNull().default(false)
	},
	(t) => [
		primaryKey({ columns: [t.responseId, t.statementKey] }),
		check(
			'answer_value_or_dont_know',
			sql`(${t.dontKnow} and ${t.value} is null) or (not ${t.dontKnow} and ${t.value} is not null)`
		)
	]
);

/**
 * A response's score on an indicator: the mean of its answered statements of the indicator,
 * stored only when at least half of them are answered (the brief's rule). Written with the
 * answers, in the same transaction, so that an indicator's value is a plain sum over a few rows a
 * response rather than a regrouping of every answer on every results page.
 */
export const responseScore = pgTable(
	'response_score',
	{
		responseId: uuid()
			.notNull()
			.references(() => response.id, { onDelete: 'cascade' }),
		/** The response's round, repeated so that sums by round need not read every response. */
		roundId: integer()
			.notNull()
			.references(() => round.id, { onDelete: 'restrict' }),
		indicator: text().notNull(),
		score: doublePrecision().notNull()
	},
	(t) => [
		primaryKey({ columns: [t.responseId, t.indicator] }),
		index('response_score_round_idx').on(t.roundId)
	]
);
