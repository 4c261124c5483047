import type { Change, Figure } from '$lib/results/types';
import type { DisclosedTable } from '../disclosure';
import { sharePositive, summarize, welchTest, type Sums } from '../statistics';
import type { Additive } from './group-tables';

export interface ScaleInfo {
	min: number;
	max: number;
	positiveFrom: number;
}

/** Answers per scale step, from the scale's minimum: the payload of a statement's cells. */
export type Counts = number[];

export const countsAdditive = (scale: ScaleInfo): Additive<Counts> => ({
	empty: () => new Array<number>(scale.max - scale.min + 1).fill(0),
	add: (a, b) => a.map((value, i) => value + (b[i] ?? 0))
});

export const noPayload: Additive<null> = { empty: () => null, add: () => null };

/** A group with no answers at all: nothing to hide and nothing to show. */
const noAnswers: Figure = {
	hidden: false,
	n: 0,
	mean: null,
	sd: null,
	ci: null,
	sharePositive: null,
	distribution: null
};

/**
 * The figure of one cell as the disclosure module let it out. Only a `DisclosedTable` is
 * accepted, so an unprotected number cannot reach a page through here.
 */
export function figureOf<P>(
	table: DisclosedTable<P>,
	key: string,
	scale: ScaleInfo,
	counts?: (payload: P) => Counts
): Figure {
	const cell = table.cell(key);
	if (!cell) return noAnswers;
	if (cell.hidden) return { hidden: true };
	const summary = summarize(cell, scale);
	const distribution = counts ? counts(cell.payload) : null;
	return {
		hidden: false,
		n: summary.n,
		mean: summary.mean,
		sd: summary.sd,
		ci: summary.ci,
		distribution,
		sharePositive: distribution
			? sharePositive(countsByValue(distribution, scale.min), scale.positiveFrom)
			: null
	};
}

function countsByValue(counts: Counts, min: number): Record<number, number> {
	return Object.fromEntries(counts.map((n, i) => [min + i, n]));
}

/** Sums of a shown cell, for a test between years; null when hidden or empty. */
export function shownSums<P>(table: DisclosedTable<P>, key: string): Sums | null {
	const cell = table.cell(key);
	if (!cell || cell.hidden || cell.n === 0) return null;
	return { n: cell.n, sum: cell.sum, sumSquares: cell.sumSquares };
}

/** The change from `before` to `after`, only when both are shown. */
export function changeBetween(before: Sums | null, after: Sums | null): Change | null {
	if (!before || !after) return null;
	const result = welchTest(before, after);
	if (!result) return null;
	return { difference: result.difference, p: result.p, significant: result.significant };
}

/** Sums from answers per scale step. */
export function sumsOfCounts(counts: Counts, min: number): Sums {
	let n = 0;
	let sum = 0;
	let sumSquares = 0;
	counts.forEach((count, i) => {
		const value = min + i;
		n += count;
		sum += value * count;
		sumSquares += value * value * count;
	});
	return { n, sum, sumSquares };
}

/** A shown figure as files write it: two decimals (as pages show one or two), n as it is. */
export interface ExportedFigure {
	value: number;
	n: number;
	ciLow: number | null;
	ciHigh: number | null;
}

const twoDecimals = (value: number) => Math.round(value * 100) / 100;

/**
 * What a CSV or JSON file may say of a figure: `hidden`, `empty` (nobody answered), or the
 * rounded value with its n and interval. The one rounding for every export.
 */
export function exportedFigure(figure: Figure): ExportedFigure | 'hidden' | 'empty' {
	if (figure.hidden) return 'hidden';
	if (figure.n === 0 || figure.mean === null) return 'empty';
	return {
		value: twoDecimals(figure.mean),
		n: figure.n,
		ciLow: figure.ci ? twoDecimals(figure.ci.low) : null,
		ciHigh: figure.ci ? twoDecimals(figure.ci.high) : null
	};
}
