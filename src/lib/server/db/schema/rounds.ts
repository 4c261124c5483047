import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	date,
	index,
	integer,
	pgTable,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { questionnaireVersion } from './instrument';
import { forbund, insats } from './register';

/**
 * A survey round: one förbund, one year, one questionnaire version, optionally one insats,
 * open between two dates, reached by an unguessable link token or a short code.
 */
export const round = pgTable(
	'round',
	{
		id: serial().primaryKey(),
		forbundId: integer()
			.notNull()
			.references(() => forbund.id, { onDelete: 'restrict' }),
		year: integer().notNull(),
		questionnaireVersionId: integer()
			.notNull()
			.references(() => questionnaireVersion.id, { onDelete: 'restrict' }),
		insatsId: integer().references(() => insats.id, { onDelete: 'restrict' }),
		opensOn: date({ mode: 'string' }).notNull(),
		closesOn: date({ mode: 'string' }).notNull(),
		languages: text().array().notNull(),
		token: text().notNull(),
		code: text().notNull(),
		expectedRespondents: integer(),
		/**
		 * Closed by its admin before its last day. Its dates stay as they were (the answers of the
		 * closing day stay inside them); the round takes nothing more until it is reopened.
		 */
		closedEarly: boolean().notNull().default(false),
		...timestamps
	},
	(t) => [
		uniqueIndex('round_token_unique').on(t.token),
		uniqueIndex('round_code_unique').on(t.code),
		index('round_forbund_year_idx').on(t.forbundId, t.year),
		check('round_dates_valid', sql`${t.closesOn} >= ${t.opensOn}`),
		check('round_languages_present', sql`cardinality(${t.languages}) > 0`),
		check(
			'round_expected_positive',
			sql`${t.expectedRespondents} is null or ${t.expectedRespondents} > 0`
		)
	]
);

/**
 * A year NNS has locked (today by hand, later by publishing the national report): from then on
 * the year's rounds are read-only for everyone.
 */
export const lockedYear = pgTable(
	'locked_year',
	{
		year: integer().primaryKey(),
		lockedAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [check('locked_year_valid', sql`${t.year} between 2017 and 2100`)]
);
