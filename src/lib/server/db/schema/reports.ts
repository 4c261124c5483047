import { sql } from 'drizzle-orm';
import { check, date, integer, jsonb, pgTable, serial, text, unique } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';

/**
 * The texts NNS writes for a year's report before it is published: a foreword and a comment per
 * chapter, plain text. The figures of a draft are never stored; they are compiled when previewed.
 */
export const reportDraft = pgTable(
	'report_draft',
	{
		year: integer().primaryKey(),
		foreword: text().notNull().default(''),
		comments: jsonb().$type<Record<string, string>>().notNull().default({}),
		...timestamps
	},
	(t) => [check('report_draft_year', sql`${t.year} between 2017 and 2100`)]
);

/**
 * A published edition of a year's national report. Immutable (a trigger refuses update and
 * delete): every page, chart and file of the edition is served from `content` and `files`, so a
 * published figure never changes. A correction is a new edition with its note.
 */
export const reportEdition = pgTable(
	'report_edition',
	{
		id: serial().primaryKey(),
		year: integer().notNull(),
		edition: integer().notNull(),
		publishedOn: date({ mode: 'string' }).notNull(),
		/** What changed since the previous edition; none for the first. */
		note: text(),
		/** The report as JSON, byte for byte as compiled. */
		content: text().notNull(),
		/** SHA-256 of `content`, hex: printed in the report so a copy can be checked. */
		contentHash: text().notNull(),
		/** The exports (file name → body), written at publication. */
		files: jsonb().$type<Record<string, string>>().notNull(),
		/**
		 * The true sums behind every figure of every table (hidden ones included) and whether each
		 * was shown. Never served: the next edition's disclosure treats them as fixed, so that two
		 * editions together reveal no hidden cell and no small group of late answers.
		 */
		cells: jsonb().$type<Record<string, unknown>>().notNull()
	},
	(t) => [
		unique('report_edition_year_edition').on(t.year, t.edition),
		check('report_edition_year', sql`${t.year} between 2017 and 2100`),
		check(
			'report_edition_note',
			sql`(${t.edition} = 1 and ${t.note} is null) or (${t.edition} > 1 and ${t.note} is not null)`
		)
	]
);
