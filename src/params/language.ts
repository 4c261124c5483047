import type { ParamMatcher } from '@sveltejs/kit';
import { languageCodePattern } from '$lib/instrument/keys';

export const match = ((param: string) => languageCodePattern.test(param)) satisfies ParamMatcher;
