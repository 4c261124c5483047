import type { ParamMatcher } from '@sveltejs/kit';
import { isQuestionnaireKey } from '$lib/instrument/keys';

export const match = ((param: string) => isQuestionnaireKey(param)) satisfies ParamMatcher;
