import type { ParamMatcher } from '@sveltejs/kit';
import { exportNames } from '$lib/reports/types';

const names: readonly string[] = Object.values(exportNames);

/** The open-data files of a published report. */
export const match = ((param: string) => names.includes(param)) satisfies ParamMatcher;
