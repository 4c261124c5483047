import { jsonb, pgTable, serial, text, uniqueIndex } from 'drizzle-orm/pg-core';
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
