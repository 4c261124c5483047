import type { ParamMatcher } from '@sveltejs/kit';
import { roundTokenPattern } from '$lib/round-link';

export const match = ((param: string) => roundTokenPattern.test(param)) satisfies ParamMatcher;
