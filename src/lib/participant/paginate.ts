/**
 * Splits a questionnaire into screens: the background questions on their own first screen,
 * then the statements a few at a time.
 */
export function paginate(background: string[], statements: string[], perPage: number): string[][] {
	const pages: string[][] = background.length > 0 ? [background] : [];
	for (let i = 0; i < statements.length; i += perPage) pages.push(statements.slice(i, i + perPage));
	return pages.length > 0 ? pages : [[]];
}
