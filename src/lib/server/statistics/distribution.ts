import type { ScaleBounds } from './summary';

/** Answers per scale step; n is the number of answers on the scale. */
export interface Distribution {
	counts: Record<number, number>;
	n: number;
}

/**
 * Counts per step of an integer scale, with every step present (zero when nobody chose it) so
 * a chart shows empty steps too. `null` ("vet inte", not answered) is not on the scale and is
 * not counted.
 */
export function distributionOf(
	values: readonly (number | null)[],
	scale: ScaleBounds
): Distribution {
	const counts: Record<number, number> = {};
	for (let step = scale.min; step <= scale.max; step++) counts[step] = 0;
	let n = 0;
	for (const value of values) {
		if (value === null) continue;
		const count = counts[value];
		if (!Number.isInteger(value) || count === undefined) {
			throw new RangeError(`${value} is not a step of the scale ${scale.min}–${scale.max}`);
		}
		counts[value] = count + 1;
		n += 1;
	}
	return { counts, n };
}

/**
 * Share (0..1) of the answers at or above `positiveFrom` (on a 1–7 scale the top three steps:
 * positiveFrom 5; the scale file says which step). null when there are no answers, so that "no
 * answers" is never shown as 0 %.
 */
export function sharePositive(counts: Record<number, number>, positiveFrom: number): number | null {
	let total = 0;
	let positive = 0;
	for (const [step, count] of Object.entries(counts)) {
		total += count;
		if (Number(step) >= positiveFrom) positive += count;
	}
	return total === 0 ? null : positive / total;
}
