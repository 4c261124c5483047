import { sql } from 'drizzle-orm';
import {
	check,
	date,
	index,
	integer,
	jsonb,
	pgTable,
	serial,
	text,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import type { QuestionnaireDefinition } from '../../instrument/content-hash';
import { timestamps } from './columns';

/**
 * Every version of every questionnaire that has been in use, with its full definition, so that
 * old rounds and trends stay readable after the files in surveys/ move on.
 */
export const questionnaireVersion = pgTable(
	'questionnaire_version',
	{
		id: serial().primaryKey(),
		questionnaireKey: text().notNull(),
		version: text().notNull(),
		contentHash: text().notNull(),
		definition: jsonb().$type<QuestionnaireDefinition>().notNull(),
		...timestamps
	},
	(t) => [uniqueIndex('questionnaire_version_key_version_unique').on(t.questionnaireKey, t.version)]
);

export const responseSources = ['web', 'paper'] as const;
export type ResponseSource = (typeof responseSources)[number];

/**
 * One submitted questionnaire. Deliberately holds nothing that points to a person: a date, never
 * a time; no address, agent or session.
 */
export const response = pgTable(
	'response',
	{
		id: serial().primaryKey(),
		questionnaireVersionId: integer()
			.notNull()
			.references(() => questionnaireVersion.id, { onDelete: 'restrict' }),
		language: text().notNull(),
		source: text({ enum: responseSources }).notNull(),
		submittedOn: date({ mode: 'string' }).notNull()
	},
	(t) => [
		index('response_questionnaire_version_idx').on(t.questionnaireVersionId),
		check('response_source_valid', sql`${t.source} in ('web', 'paper')`)
	]
);
