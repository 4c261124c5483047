import type { Change, Figure, ScaleView, UnitFigure, YearFigure } from '$lib/results/types';

/**
 * The national report as stored in a published edition and as its pages read it. Every figure in
 * it has passed the disclosure module as seen from outside; a hidden one carries nothing but the
 * fact. Plain JSON, so that an edition is one immutable text. Safe to import in the browser.
 */
export interface ReportContent {
	/** The shape of this object; a later shape gets a new number and old editions keep theirs. */
	format: 1;
	year: number;
	/** The three years the trends show, oldest first; the last is `year`. */
	years: number[];
	/** Null in a preview. */
	edition: number | null;
	publishedOn: string | null;
	/** What changed since the previous edition (corrections only). */
	note: string | null;
	texts: ReportTexts;
	method: ReportMethod;
	participation: Participation;
	questionnaires: ReportQuestionnaire[];
}

/** The chapters NNS can comment on, in the report's order. */
export const chapterKeys = [
	'deltagande',
	'riket',
	'jamforelse',
	'omraden',
	'forbund',
	'metod'
] as const;
export type ChapterKey = (typeof chapterKeys)[number];

export const chapterTitles: Record<ChapterKey, string> = {
	deltagande: 'Deltagande',
	riket: 'Resultat i riket',
	jamforelse: 'Förbunden jämförda',
	omraden: 'Per område och län',
	forbund: 'Förbundens sidor',
	metod: 'Metod'
};

/** Plain text written by NNS: paragraphs separated by blank lines, never HTML. */
export interface ReportTexts {
	foreword: string;
	comments: Partial<Record<ChapterKey, string>>;
}

export interface ReportMethod {
	/** The instrument versions whose answers the report holds, per questionnaire. */
	versions: { questionnaire: string; title: string; versions: string[] }[];
	/** Smallest group shown. */
	threshold: number;
}

export interface Participation {
	/** Active förbund in the register. */
	active: number;
	/** Förbund with at least one answer this year. */
	forbund: { id: number; name: string; lan: string; omrade: string }[];
	questionnaires: {
		key: string;
		title: string;
		respondents: string;
		rounds: number;
		/** Answers nationally; hidden when fewer than the threshold. */
		answers: Figure;
		/** Answers out of expected, over the rounds that say how many they expect. */
		responseRate: number | null;
	}[];
}

export interface ReportIndicator {
	code: string;
	name: string;
	nation: Figure;
	trend: YearFigure[];
	change: Change | null;
}

export interface ReportComparison {
	code: string;
	name: string;
	nation: Figure;
	/** Shown förbund by value, highest first; then the hidden ones by name. */
	forbund: UnitFigure[];
	omraden: UnitFigure[];
	lan: UnitFigure[];
}

export interface ReportQuestionnaire {
	key: string;
	title: string;
	respondents: string;
	scale: ScaleView;
	indicators: ReportIndicator[];
	statements: { key: string; text: string; indicator: string; nation: Figure }[];
	comparisons: ReportComparison[];
	/** Per förbund with answers: each indicator's own trend and change. */
	forbund: {
		id: number;
		indicators: { code: string; trend: YearFigure[]; change: Change | null }[];
	}[];
}

/** The file names of an edition's exports, as served under `/rapporter/<år>/`. */
export const exportNames = {
	json: 'data.json',
	excel: 'data.csv',
	rfc4180: 'data-rfc4180.csv'
} as const;
