/**
 * Running sums of a sample. The indicator values are aggregated in SQL as (n, Σx, Σx²), so every
 * statistic here starts from sums rather than from raw values; sums of disjoint groups add up.
 */
export interface Sums {
	n: number;
	sum: number;
	sumSquares: number;
}

export const zeroSums: Readonly<Sums> = Object.freeze({ n: 0, sum: 0, sumSquares: 0 });

export function addSums(a: Sums, b: Sums): Sums {
	return { n: a.n + b.n, sum: a.sum + b.sum, sumSquares: a.sumSquares + b.sumSquares };
}

/**
 * Sums of the values on the scale. `null` stands for no value on the scale ("vet inte" or not
 * answered) and is skipped, so it never counts towards n.
 */
export function sumsOf(values: readonly (number | null)[]): Sums {
	let n = 0;
	let sum = 0;
	let sumSquares = 0;
	for (const value of values) {
		if (value === null) continue;
		if (!Number.isFinite(value)) throw new RangeError(`Not a finite value: ${value}`);
		n += 1;
		sum += value;
		sumSquares += value * value;
	}
	return { n, sum, sumSquares };
}

export function assertValidSums(sums: Sums): void {
	if (!Number.isInteger(sums.n) || sums.n < 0) {
		throw new RangeError(`n must be a non-negative integer, got ${sums.n}`);
	}
	if (!Number.isFinite(sums.sum) || !Number.isFinite(sums.sumSquares) || sums.sumSquares < 0) {
		throw new RangeError('Sums must be finite and Σx² non-negative');
	}
}

/** Mean of the sums; null when there is no value. */
export function meanOf(sums: Sums): number | null {
	return sums.n === 0 ? null : sums.sum / sums.n;
}

/**
 * Rounding noise allowed in Σx² − (Σx)²/n, relative to Σx². Both terms carry a relative error of
 * a few ulps per added value, so a sample whose values are all equal but not exactly
 * representable (a respondent score of 16/3, say) leaves a residual around 1e-14 (growing with n) instead of 0.
 * Left in, that residual would make a constant sample look like it has a tiny variance and turn
 * a Welch test between two constant samples into an "infinitely significant" change. Any real
 * spread on a survey scale is many orders of magnitude above this tolerance.
 */
const RELATIVE_TOLERANCE = 1e-10;

/** Sample variance (n − 1 denominator); null when n < 2. Never negative. */
export function sampleVariance(sums: Sums): number | null {
	if (sums.n < 2) return null;
	const squaredDeviations = sums.sumSquares - (sums.sum * sums.sum) / sums.n;
	if (squaredDeviations <= RELATIVE_TOLERANCE * sums.sumSquares) return 0;
	return squaredDeviations / (sums.n - 1);
}
