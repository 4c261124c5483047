import { ownShares, owns, type OwnShare, type View, type Work } from './work';
import { pickComplement } from './rules';

/** Ranges of Σx for the cells a reader cannot see, indexed like the table's cells. */
export interface SumRanges {
	lo: Float64Array;
	hi: Float64Array;
	unknown: boolean[];
	/** The reader's own respondents inside each cell. */
	own: OwnShare[];
}

const epsilon = 1e-9;
const maxPasses = 200;

/** Sign of a member in `total − Σ parts = 0`. */
function signOf(position: number): 1 | -1 {
	return position === 0 ? 1 : -1;
}

/**
 * What a reader can learn about the sums of the cells it cannot see, by interval propagation over
 * all equations. It uses the true n of each hidden cell: the reader knows n only within bounds,
 * so every interval it can derive contains the interval for the true n, which is therefore the
 * conservative one to test.
 */
function propagateSumRanges(work: Work, view: View): SumRanges {
	const { cells, scale } = work;
	const unknown = cells.map((_, i) => work.hidden[i] !== null && !owns(work, i, view));
	// A cell holding the reader's own respondents: only the rest of it is on the scale unknown.
	const own = ownShares(cells, work.equations, work.owner, view);
	const lo = Float64Array.from(cells, (c, i) =>
		unknown[i] ? own[i]!.sum + scale.min * (c.n - own[i]!.n) : c.sum
	);
	const hi = Float64Array.from(cells, (c, i) =>
		unknown[i] ? own[i]!.sum + scale.max * (c.n - own[i]!.n) : c.sum
	);
	const active = work.equations.filter((eq) => eq.members.some((i) => unknown[i]));
	for (let pass = 0; pass < maxPasses; pass++) {
		let changed = false;
		for (const eq of active) {
			// Bounds of each signed term c·s; their sum is zero.
			const termLo = eq.members.map((i, k) => (signOf(k) === 1 ? lo[i]! : -hi[i]!));
			const termHi = eq.members.map((i, k) => (signOf(k) === 1 ? hi[i]! : -lo[i]!));
			const sumLo = termLo.reduce((a, b) => a + b, 0);
			const sumHi = termHi.reduce((a, b) => a + b, 0);
			eq.members.forEach((i, k) => {
				if (!unknown[i]) return;
				// c·s_i = −Σ others, so c·s_i ∈ [−(others' hi), −(others' lo)].
				const termMin = -(sumHi - termHi[k]!);
				const termMax = -(sumLo - termLo[k]!);
				const newLo = signOf(k) === 1 ? termMin : -termMax;
				const newHi = signOf(k) === 1 ? termMax : -termMin;
				const scaleOf = epsilon * Math.max(1, Math.abs(hi[i]!));
				if (newLo > lo[i]! + scaleOf) {
					lo[i] = newLo;
					changed = true;
				}
				if (newHi < hi[i]! - scaleOf) {
					hi[i] = newHi;
					changed = true;
				}
			});
		}
		if (!changed) break;
	}
	return { lo, hi, unknown, own };
}

/** The narrowest interval a reader is allowed to know a hidden mean within: two scale steps. */
function requiredWidth(work: Work): number {
	return Math.min(2, work.scale.max - work.scale.min);
}

/** Width of the interval of the cell's mean that one equation alone allows, given the ranges. */
function widthFromEquation(work: Work, e: number, target: number, ranges: SumRanges): number {
	const eq = work.equations[e]!;
	let spread = 0;
	for (const i of eq.members) if (i !== target) spread += ranges.hi[i]! - ranges.lo[i]!;
	const full = (work.scale.max - work.scale.min) * work.cells[target]!.n;
	return Math.min(spread, full) / work.cells[target]!.n;
}

/**
 * Hides one more cell next to a hidden cell whose mean is narrowed too far: in the equation that
 * narrows it most and still has something to hide, the smallest visible part, else the total.
 */
function widen(work: Work, target: number, view: View, ranges: SumRanges): boolean {
	// When every cell of the target's equations is hidden already, the narrowing comes from the
	// other hidden cells being narrow themselves (a hidden total pinned by its own equations), so
	// the search moves on to them: nearest first.
	const visited = new Set([target]);
	const queue = [target];
	for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
		const candidates = work.equationsOf[next]!.map((e) => ({
			e,
			width: widthFromEquation(work, e, next, ranges)
		}));
		candidates.sort((a, b) => a.width - b.width || a.e - b.e);
		for (const { e } of candidates) {
			const cell = pickComplement(work, work.equations[e]!, view);
			if (cell !== undefined) {
				work.hidden[cell] = 'complement';
				return true;
			}
		}
		for (const { e } of candidates) {
			for (const m of work.equations[e]!.members) {
				if (ranges.unknown[m] && !visited.has(m)) {
					visited.add(m);
					queue.push(m);
				}
			}
		}
	}
	return false;
}

/**
 * The extreme-cell rule: when hidden cells sit together at one end of the scale, the published
 * remainder narrows their means. Hides one more cell for the first cell (hidden for having few
 * respondents) whose mean some reader can narrow to less than two scale steps (for a förbund,
 * the mean of the cell's respondents other than its own); returns whether it did.
 */
export function protectExtremes(work: Work, views: readonly View[]): boolean {
	const required = requiredWidth(work);
	for (const view of views) {
		const ranges = propagateSumRanges(work, view);
		for (let i = 0; i < work.cells.length; i++) {
			if (!ranges.unknown[i] || work.hidden[i] !== 'few') continue;
			// The mean of the respondents in the cell that are not the reader's own.
			const others = work.cells[i]!.n - ranges.own[i]!.n;
			if (others <= 0) continue;
			const width = (ranges.hi[i]! - ranges.lo[i]!) / others;
			if (width < required - epsilon && widen(work, i, view, ranges)) return true;
		}
	}
	return false;
}
