/**
 * What a results page receives: figures that have already passed the disclosure module. A hidden
 * figure carries nothing but the fact that it is hidden, so nothing on a page (a count, a bar, a
 * sort position) can give its value away. Safe to import in the browser.
 */
export type Figure = HiddenFigure | ShownFigure;

export interface HiddenFigure {
	hidden: true;
}

export interface ShownFigure {
	hidden: false;
	n: number;
	mean: number | null;
	sd: number | null;
	ci: { low: number; high: number } | null;
	/** Share of answers at or above the scale's positive step (statements only). */
	sharePositive: number | null;
	/** Answers per scale step from the scale's minimum (statements only). */
	distribution: number[] | null;
}

/** A change between two years, tested with Welch's t-test. */
export interface Change {
	difference: number;
	p: number;
	significant: boolean;
}

export interface ScaleView {
	min: number;
	max: number;
	positiveFrom: number;
	minLabel: string;
	maxLabel: string;
}

export interface YearFigure {
	year: number;
	figure: Figure;
}

export interface IndicatorRow {
	code: string;
	name: string;
	own: Figure;
	/** The comparison: the nation, seen from outside. */
	nation: Figure;
	/** Own values of earlier years and this one, oldest first. */
	trend: YearFigure[];
	/** Own change from the previous year, only when both years are shown. */
	change: Change | null;
}

export interface StatementRow {
	key: string;
	text: string;
	indicator: string;
	own: Figure;
	nation: Figure;
}

export interface ColumnTable {
	columns: { key: string; label: string }[];
	rows: { code: string; name: string; cells: Figure[] }[];
}

export interface Breakdown {
	key: string;
	label: string;
	/** False when some group (the unanswered included) is below the threshold: nothing shown. */
	shown: boolean;
	table: ColumnTable | null;
}

export interface RoundRow {
	id: number;
	insatsName: string | null;
	opensOn: string;
	closesOn: string;
	responses: number;
	expected: number | null;
	responseRate: number | null;
}

/** One unit (a förbund, a län, an område) and its figure. */
export interface UnitFigure {
	key: string;
	name: string;
	figure: Figure;
}
