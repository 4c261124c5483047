import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	pgTable,
	primaryKey,
	serial,
	text,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { timestamps } from './columns';

/** NNS's four contact areas. The register's mapping by län is an assumption that NNS can correct. */
export const omraden = ['nord', 'syd', 'öst', 'väst'] as const;
export type Omrade = (typeof omraden)[number];

/** The member parties of a samordningsförbund (Finsam). */
export const parter = ['forsakringskassan', 'arbetsformedlingen', 'region', 'kommun'] as const;
export type Part = (typeof parter)[number];

export const insatsTyper = ['individ', 'struktur'] as const;
export type InsatsTyp = (typeof insatsTyper)[number];

/** The register of förbund: the tenants of the platform. */
export const forbund = pgTable(
	'forbund',
	{
		id: serial().primaryKey(),
		name: text().notNull(),
		lan: text().notNull(),
		omrade: text({ enum: omraden }).notNull(),
		active: boolean().notNull().default(true),
		/** The förbund's own profile, kept by its admins. */
		contactEmail: text(),
		website: text(),
		description: text(),
		...timestamps
	},
	(t) => [
		uniqueIndex('forbund_name_unique').on(sql`lower(${t.name})`),
		check('forbund_omrade_valid', sql`${t.omrade} in ('nord', 'syd', 'öst', 'väst')`)
	]
);

/** An insats funded by a förbund. */
export const insats = pgTable(
	'insats',
	{
		id: serial().primaryKey(),
		forbundId: integer()
			.notNull()
			.references(() => forbund.id, { onDelete: 'restrict' }),
		name: text().notNull(),
		typ: text({ enum: insatsTyper }).notNull(),
		parter: text({ enum: parter }).array().notNull(),
		startYear: integer().notNull(),
		endYear: integer(),
		...timestamps
	},
	(t) => [
		index('insats_forbund_idx').on(t.forbundId),
		uniqueIndex('insats_forbund_name_unique').on(t.forbundId, sql`lower(${t.name})`),
		check('insats_typ_valid', sql`${t.typ} in ('individ', 'struktur')`),
		check('insats_years_valid', sql`${t.endYear} is null or ${t.endYear} >= ${t.startYear}`)
	]
);

/** The years a förbund takes part in the indicator work. */
export const forbundYear = pgTable(
	'forbund_year',
	{
		forbundId: integer()
			.notNull()
			.references(() => forbund.id, { onDelete: 'cascade' }),
		year: integer().notNull()
	},
	(t) => [
		primaryKey({ columns: [t.forbundId, t.year] }),
		check('forbund_year_valid', sql`${t.year} between 2017 and 2100`)
	]
);
