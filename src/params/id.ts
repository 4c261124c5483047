import type { ParamMatcher } from '@sveltejs/kit';

/** The largest PostgreSQL `integer`: a larger id cannot exist, and would fail in the query. */
export const maxId = 2147483647;

/** A database id: a positive integer without leading zeros, within PostgreSQL's integer. */
export const match = ((param: string) =>
	/^[1-9][0-9]{0,9}$/.test(param) && Number(param) <= maxId) satisfies ParamMatcher;
