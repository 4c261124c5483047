import type { Audience, CellInput, Thresholds } from './types';
import { owns, type View, type Work, type WorkEquation } from './work';

/** The number of respondents a cell needs to be shown to this audience. */
export function thresholdFor(
	cell: CellInput<unknown>,
	owner: number | null,
	audience: Audience,
	thresholds: Thresholds
): number {
	if (cell.breakdown) return thresholds.breakdown;
	if (audience.kind === 'inside' && owner === audience.forbundId) return thresholds.inside;
	return thresholds.outside;
}

/** Primary suppression: a non-empty cell below its threshold is hidden. */
export function suppressPrimary(work: Work, audience: Audience, thresholds: Thresholds): void {
	work.cells.forEach((cell, i) => {
		const threshold = thresholdFor(cell, work.owner[i]!, audience, thresholds);
		if (cell.n > 0 && cell.n < threshold) work.hidden[i] = 'few';
	});
}

/** Cells of the equation the reader cannot see and does not know. */
export function unknownsOf(work: Work, equation: WorkEquation, view: View): number[] {
	return equation.members.filter((i) => work.hidden[i] !== null && !owns(work, i, view));
}

function byNThenKey(work: Work): (a: number, b: number) => number {
	return (a, b) => {
		const ca = work.cells[a]!;
		const cb = work.cells[b]!;
		return ca.n - cb.n || (ca.key < cb.key ? -1 : ca.key > cb.key ? 1 : 0);
	};
}

/**
 * The cell to hide next to protect an equation from this reader: the smallest visible non-empty
 * part the reader does not own (hiding its own cell would tell it nothing new), else the total.
 * Empty cells are published as known zeros, so hiding them protects nothing.
 */
export function pickComplement(work: Work, equation: WorkEquation, view: View): number | undefined {
	const hideable = (i: number) =>
		work.hidden[i] === null && work.cells[i]!.n > 0 && !owns(work, i, view);
	const spared = (i: number) => (work.spare != null && work.owner[i] === work.spare ? 1 : 0);
	const bySize = byNThenKey(work);
	const part = equation.parts
		.filter(hideable)
		.sort((a, b) => spared(a) - spared(b) || bySize(a, b))[0];
	if (part !== undefined) return part;
	return hideable(equation.total) ? equation.total : undefined;
}

/**
 * No equation may leave this reader exactly one unknown cell: the other cells would give it
 * away by subtraction. For the reader who knows nothing this is the complementary rule; for an
 * association it is the insider rule (it subtracts its own cells first).
 */
export function protectEquation(work: Work, equation: WorkEquation, view: View): boolean {
	if (unknownsOf(work, equation, view).length !== 1) return false;
	const cell = pickComplement(work, equation, view);
	if (cell === undefined) return false;
	work.hidden[cell] = 'complement';
	return true;
}

/**
 * A breakdown by a background question is shown only when every group reaches the threshold,
 * so one hidden group hides all groups (the total stays as it is).
 */
export function protectBreakdown(work: Work, equation: WorkEquation): boolean {
	if (!equation.breakdown || !equation.parts.some((p) => work.hidden[p] !== null)) return false;
	let changed = false;
	for (const p of equation.parts) {
		if (work.hidden[p] === null && work.cells[p]!.n > 0) {
			work.hidden[p] = 'complement';
			changed = true;
		}
	}
	return changed;
}

/** Associations that own a hidden cell of the equation: the insiders it must be safe against. */
export function insidersOf(work: Work, equation: WorkEquation): number[] {
	const ids = new Set<number>();
	for (const i of equation.members) {
		const id = work.owner[i]!;
		if (work.hidden[i] !== null && id !== null) ids.add(id);
	}
	return [...ids].sort((a, b) => a - b);
}

/** Associations whose knowledge differs from a plain reader's: they own a hidden cell. */
export function insidersOfTable(work: Work): number[] {
	const ids = new Set<number>();
	work.owner.forEach((id, i) => {
		if (work.hidden[i] !== null && id !== null) ids.add(id);
	});
	return [...ids].sort((a, b) => a - b);
}
