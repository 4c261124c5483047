import type { ParamMatcher } from '@sveltejs/kit';

/** A database id: a positive integer without leading zeros. */
export const match = ((param: string) => /^[1-9][0-9]{0,9}$/.test(param)) satisfies ParamMatcher;
