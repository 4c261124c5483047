import type { ParamMatcher } from '@sveltejs/kit';

/** A report year: four digits within the years the platform holds (as the database checks). */
export const match = ((param: string) =>
	/^\d{4}$/.test(param) && Number(param) >= 2017 && Number(param) <= 2100) satisfies ParamMatcher;
