/** The instrument as the app uses it: parsed and validated from surveys/ (see the server loader). */

/** Text per language code, e.g. `{ sv: '…', ar: '…' }`. */
export type Localized = Record<string, string>;

export type TextDirection = 'ltr' | 'rtl';
export type ReviewStatus = 'reviewed' | 'draft';

export interface Language {
	/** What the platform stores, e.g. `lattlast`. */
	code: string;
	/** The BCP 47 tag for the HTML `lang` attribute, e.g. `sv` for lättläst. */
	lang: string;
	dir: TextDirection;
	/** The language's name in itself. */
	name: string;
}

export interface Scale {
	key: string;
	min: number;
	max: number;
	/** Answers from this step up count as positive. */
	positiveFrom: number;
	labels: { min: Localized; max: Localized };
	dontKnow: Localized;
}

export interface Indicator {
	code: string;
	name: Localized;
	description: Localized;
	measuredIn: string[];
}

export interface BackgroundOption {
	key: string;
	label: Localized;
}

export interface BackgroundQuestion {
	key: string;
	label: Localized;
	options: BackgroundOption[];
}

export interface Statement {
	key: string;
	indicator: string;
	required: boolean;
	scale: string;
	text: Localized;
}

export interface Questionnaire {
	key: string;
	version: string;
	scale: string;
	minutes: number;
	languages: Record<string, ReviewStatus>;
	title: Localized;
	introduction: { purpose: Localized; anonymity: Localized };
	background: BackgroundQuestion[];
	statements: Statement[];
}

export type Phrases = Record<string, string>;

export interface Instrument {
	version: string;
	languages: Language[];
	scales: Scale[];
	indicators: Indicator[];
	phrases: Record<string, Phrases>;
	questionnaires: Questionnaire[];
}
