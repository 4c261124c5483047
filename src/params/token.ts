import type { ParamMatcher } from '@sveltejs/kit';

/** A single-use link's token: 40 characters of lowercase base32. */
export const match = ((param: string) => /^[a-z2-7]{40}$/.test(param)) satisfies ParamMatcher;
