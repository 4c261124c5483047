import {
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	smallint,
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

/**
 * The relational face of a version's statements, filled whenever a version is recorded, so that
 * statistics aggregate in SQL (indicator, scale ends, where "positive" starts) instead of
 * unnesting the JSON definition in every query.
 */
export const questionnaireStatement = pgTable(
	'questionnaire_statement',
	{
		questionnaireVersionId: integer()
			.notNull()
			.references(() => questionnaireVersion.id, { onDelete: 'cascade' }),
		statementKey: text().notNull(),
		/** Order in the questionnaire, from 1. */
		position: smallint().notNull(),
		indicator: text().notNull(),
		scaleMin: smallint().notNull(),
		scaleMax: smallint().notNull(),
		positiveFrom: smallint().notNull()
	},
	(t) => [
		primaryKey({ columns: [t.questionnaireVersionId, t.statementKey] }),
		index('questionnaire_statement_indicator_idx').on(t.questionnaireVersionId, t.indicator)
	]
);
