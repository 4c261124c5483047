import { sql } from 'drizzle-orm';
import {
	boolean,
	check,
	index,
	integer,
	jsonb,
	pgTable,
	primaryKey,
	serial,
	text,
	timestamp,
	uniqueIndex
} from 'drizzle-orm/pg-core';
import { timestamps } from './columns';
import { forbund } from './register';

/** A person who signs in: NNS staff or a förbund's staff or board member. */
export const appUser = pgTable(
	'app_user',
	{
		id: serial().primaryKey(),
		email: text().notNull(),
		name: text().notNull(),
		/** Null until the person has accepted an invitation and chosen a password. */
		passwordHash: text(),
		isNnsAdmin: boolean().notNull().default(false),
		active: boolean().notNull().default(true),
		...timestamps
	},
	(t) => [uniqueIndex('app_user_email_unique').on(sql`lower(${t.email})`)]
);

export const roles = ['admin', 'reader'] as const;
export type Role = (typeof roles)[number];

/** A person's role in one förbund; a person may belong to several. */
export const membership = pgTable(
	'membership',
	{
		userId: integer()
			.notNull()
			.references(() => appUser.id, { onDelete: 'cascade' }),
		forbundId: integer()
			.notNull()
			.references(() => forbund.id, { onDelete: 'cascade' }),
		role: text({ enum: roles }).notNull(),
		...timestamps
	},
	(t) => [
		primaryKey({ columns: [t.userId, t.forbundId] }),
		index('membership_forbund_idx').on(t.forbundId),
		check('membership_role_valid', sql`${t.role} in ('admin', 'reader')`)
	]
);

/** A signed-in browser. The key is the SHA-256 of the cookie's token, never the token. */
export const session = pgTable(
	'session',
	{
		id: text().primaryKey(),
		userId: integer()
			.notNull()
			.references(() => appUser.id, { onDelete: 'cascade' }),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		lastSeenAt: timestamp({ withTimezone: true }).notNull(),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [index('session_user_idx').on(t.userId)]
);

/** `membership`: an existing account invited into a förbund; it takes effect when accepted. */
export const userTokenKinds = ['invitation', 'reset', 'membership'] as const;
export type UserTokenKind = (typeof userTokenKinds)[number];

/** Single-use links for invitations and password resets, stored as the SHA-256 of the token. */
export const userToken = pgTable(
	'user_token',
	{
		id: text().primaryKey(),
		kind: text({ enum: userTokenKinds }).notNull(),
		userId: integer()
			.notNull()
			.references(() => appUser.id, { onDelete: 'cascade' }),
		expiresAt: timestamp({ withTimezone: true }).notNull(),
		usedAt: timestamp({ withTimezone: true }),
		/**
		 * The admin the link was shown to (no mail server). Their right to manage the account is
		 * checked again when the link is used: rights change between making a link and using it.
		 */
		shownToUserId: integer().references(() => appUser.id, { onDelete: 'cascade' }),
		/** For a membership invitation: the förbund and the role offered. */
		forbundId: integer().references(() => forbund.id, { onDelete: 'cascade' }),
		role: text({ enum: roles }),
		createdAt: timestamp({ withTimezone: true }).notNull().defaultNow()
	},
	(t) => [
		index('user_token_user_idx').on(t.userId),
		check('user_token_kind_valid', sql`${t.kind} in ('invitation', 'reset', 'membership')`),
		check(
			'user_token_membership_complete',
			sql`(${t.kind} = 'membership') = (${t.forbundId} is not null and ${t.role} is not null)`
		)
	]
);

/**
 * Failed sign-ins per account and per client within a sliding hour. The key is a SHA-256, so
 * neither addresses nor client addresses are stored in the clear; rows go once the hour is over.
 */
export const loginThrottle = pgTable('login_throttle', {
	key: text().primaryKey(),
	failures: integer().notNull(),
	windowStartedAt: timestamp({ withTimezone: true }).notNull(),
	blockedUntil: timestamp({ withTimezone: true })
});

/** Every admin action: who, what, when and in which förbund. */
export const auditLog = pgTable(
	'audit_log',
	{
		id: serial().primaryKey(),
		at: timestamp({ withTimezone: true }).notNull().defaultNow(),
		actorId: integer().references(() => appUser.id, { onDelete: 'set null' }),
		/** Kept so that the log still names the person after the account is removed. */
		actorName: text().notNull(),
		forbundId: integer().references(() => forbund.id, { onDelete: 'set null' }),
		action: text().notNull(),
		summary: text().notNull(),
		detail: jsonb().$type<Record<string, unknown>>()
	},
	(t) => [index('audit_log_forbund_idx').on(t.forbundId, t.at), index('audit_log_at_idx').on(t.at)]
);

/** Platform settings held by NNS: a single row. */
export const platformSettings = pgTable(
	'platform_settings',
	{
		id: integer().primaryKey().default(1),
		/** Smallest group shown outside the förbund (national report, public pages, exports). */
		disclosureOutside: integer().notNull().default(5),
		/** Smallest group shown to the förbund's own staff. */
		disclosureInside: integer().notNull().default(3),
		...timestamps
	},
	(t) => [
		check('platform_settings_single_row', sql`${t.id} = 1`),
		check(
			'platform_settings_thresholds_valid',
			sql`${t.disclosureInside} >= 1 and ${t.disclosureOutside} >= ${t.disclosureInside}`
		)
	]
);
