import { timestamp } from 'drizzle-orm/pg-core';

/** Created and updated times for tables that hold configuration, never for answers. */
export const timestamps = {
	createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
	updatedAt: timestamp({ withTimezone: true })
		.notNull()
		.defaultNow()
		.$onUpdate(() => new Date())
};
