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

/**
 * Primary suppression: a non-empty cell below its threshold is hidden. A fixed cell keeps the
 * state an earlier edition published; a fixed hidden one carries the reason that edition gave it
 * ('few' exactly when n is under the threshold, since only primary suppression hides those).
 */
export function suppressPrimary(work: Work, audience: Audience, thresholds: Thresholds): void {
	work.cells.forEach((cell, i) => {
		const threshold = thresholdFor(cell, work.owner[i]!, audience, thresholds);
		if (cell.fixed === 'shown') return;
		if (cell.fixed === 'hidden') work.hidden[i] = cell.n < threshold ? 'few' : 'complement';
		else if (cell.n > 0 && cell.n < threshold) work.hidden[i] = 'few';
	});
}

/**
 * Whether a rule may hide the cell now: visible, not empty (an empty cell is published as a known
 * zero, so hiding it protects nothing) and not fixed by an earlier edition.
 */
function canHide(work: Work, i: number): boolean {
	const cell = work.cells[i]!;
	return work.hidden[i] === null && cell.n > 0 && cell.fixed === undefined;
}

/** Cells of the equation the reader cannot see and does not know. */
function unknownsOf(work: Work, equation: WorkEquation, view: View): number[] {
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
 * part the reader does not own (hiding its own cell would tell it nothing new), else the total
 * (the total first where the equation asks for it). Empty cells are published as known zeros, so
 * hiding them protects nothing; cells fixed by an earlier edition cannot change.
 */
export function pickComplement(work: Work, equation: WorkEquation, view: View): number | undefined {
	const hideable = (i: number) => canHide(work, i) && !owns(work, i, view);
	if (equation.totalFirst && hideable(equation.total)) return equation.total;
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
 * förbund it is the insider rule (it subtracts its own cells first).
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
 * so one hidden group hides all groups (the total stays as it is). Groups fixed by an earlier
 * edition keep their state (that edition applied this rule to them already).
 */
export function protectBreakdown(work: Work, equation: WorkEquation): boolean {
	if (!equation.breakdown || !equation.parts.some((p) => work.hidden[p] !== null)) return false;
	let changed = false;
	for (const p of equation.parts) {
		if (canHide(work, p)) {
			work.hidden[p] = 'complement';
			changed = true;
		}
	}
	return changed;
}

/** Förbund that own a hidden cell of the equation: the insiders it must be safe against. */
export function insidersOf(work: Work, equation: WorkEquation): number[] {
	const ids = new Set<number>();
	for (const i of equation.members) {
		const id = work.owner[i]!;
		if (work.hidden[i] !== null && id !== null) ids.add(id);
	}
	return [...ids].sort((a, b) => a - b);
}

/** Förbund whose knowledge differs from a plain reader's: they own a hidden cell. */
export function insidersOfTable(work: Work): number[] {
	const ids = new Set<number>();
	work.owner.forEach((id, i) => {
		if (work.hidden[i] !== null && id !== null) ids.add(id);
	});
	return [...ids].sort((a, b) => a - b);
}
