import { pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';

/**
 * Keys the server signs with, drawn at first use and shared by every process on the database, so
 * that what one process signed (a participant's submission id) another verifies, also after a
 * restart. Never shown on a page or in an export.
 */
export const serverSecret = pgTable('server_secret', {
	name: text().primaryKey(),
	/** 32 random bytes, base64url. */
	secret: text().notNull(),
	...timestamps
});
