import type { TextDirection } from './instrument/types';

/**
 * The words of the site's frame around a page (skip link, footer) in the page's language. A
 * participant page in another language than Swedish returns it as `chrome` from its load; every
 * other page gets the Swedish frame.
 */
export interface PageChrome {
	lang: string;
	dir: TextDirection;
	skipToContent: string;
	accessibilityStatement: string;
}

export const swedishChrome: PageChrome = {
	lang: 'sv',
	dir: 'ltr',
	skipToContent: 'Hoppa till innehållet',
	accessibilityStatement: 'Tillgänglighetsredogörelse'
};
