import type { CellInput, HiddenReason, Scale, TableInput } from './types';

/** An equation by cell index: total = Σ parts. */
export interface WorkEquation {
	total: number;
	parts: number[];
	/** The total first, then the parts. */
	members: number[];
	/** A background-question breakdown: all parts are breakdown groups, the total is not one. */
	breakdown: boolean;
	/** Complements are taken from the total first (see `Equation.totalFirst`). */
	totalFirst: boolean;
}

/** The mutable state the rules work on: which cells are hidden so far, and why. */
export interface Work<P = unknown> {
	scale: Scale;
	cells: readonly CellInput<P>[];
	equations: WorkEquation[];
	/** Equations (by index) each cell sits in. */
	equationsOf: number[][];
	hidden: (HiddenReason | null)[];
	/** Each cell's effective owner (see `effectiveOwners`). */
	owner: (number | null)[];
	/**
	 * In a förbund's own table: that förbund. Its cells are hidden as complements only
	 * when nothing else can be, so that it keeps its own results wherever that is safe.
	 */
	spare?: number | null;
}

/**
 * Who reads a table: `null` is a reader who knows nothing beyond what is published; a number is
 * a förbund, which knows its own cells.
 */
export type View = number | null;

/** Whether the reader knows the cell's true figures without the table. */
export function owns(work: Work, cell: number, view: View): boolean {
	return view !== null && work.owner[cell] === view;
}

/**
 * The förbund whose answers make up each cell: its own cells, and also a total (a län with a
 * single förbund, say) whose non-empty parts all belong to one förbund. That förbund
 * knows such a total as well as its own cells, so it must count as its owner.
 */
export function effectiveOwners(
	cells: readonly CellInput<unknown>[],
	equations: readonly { total: number; parts: number[] }[],
	isEmpty: (cell: number) => boolean
): (number | null)[] {
	const owner = cells.map((cell) => cell.forbundId);
	for (let changed = true; changed;) {
		changed = false;
		for (const { total, parts } of equations) {
			if (owner[total] !== null) continue;
			const owners = new Set(parts.filter((p) => !isEmpty(p)).map((p) => owner[p]));
			const [only] = owners;
			if (owners.size === 1 && only !== null && only !== undefined) {
				owner[total] = only;
				changed = true;
			}
		}
	}
	return owner;
}

/** Relative tolerance for sums of answers, which arrive as floating-point numbers. */
const sumTolerance = 1e-9;

function addsUp(total: number, parts: number[]): boolean {
	const sum = parts.reduce((a, b) => a + b, 0);
	return Math.abs(total - sum) <= sumTolerance * Math.max(1, Math.abs(total));
}

function checkCell(cell: CellInput<unknown>, scale: Scale): void {
	if (!Number.isInteger(cell.n) || cell.n < 0) {
		throw new Error(`Cell ${cell.key}: n must be a whole number ≥ 0, got ${cell.n}`);
	}
	const tolerance = sumTolerance * Math.max(1, Math.abs(cell.sum));
	if (cell.sum < scale.min * cell.n - tolerance || cell.sum > scale.max * cell.n + tolerance) {
		throw new Error(`Cell ${cell.key}: sum ${cell.sum} is outside the scale for n = ${cell.n}`);
	}
}

/**
 * Checks the table and indexes it. A table whose equations do not add up would make every
 * protection argument void, so it is refused rather than disclosed.
 */
export function buildWork<P>(table: TableInput<P>): Work<P> {
	const { scale, cells } = table;
	if (!(scale.max > scale.min)) throw new Error('Scale: max must be greater than min');
	const index = new Map<string, number>();
	cells.forEach((cell, i) => {
		if (index.has(cell.key)) throw new Error(`Duplicate cell key ${cell.key}`);
		checkCell(cell, scale);
		index.set(cell.key, i);
	});
	const at = (key: string): number => {
		const i = index.get(key);
		if (i === undefined) throw new Error(`Equation refers to unknown cell ${key}`);
		return i;
	};
	const equationsOf: number[][] = cells.map(() => []);
	const equations = table.equations.map((equation, e): WorkEquation => {
		const total = at(equation.total);
		const parts = equation.parts.map(at);
		const members = [total, ...parts];
		if (new Set(members).size !== members.length) {
			throw new Error(`Equation for ${equation.total} lists a cell twice`);
		}
		const of = (field: 'n' | 'sum' | 'sumSquares') => parts.map((p) => cells[p]![field]);
		for (const field of ['n', 'sum', 'sumSquares'] as const) {
			if (!addsUp(cells[total]![field], of(field))) {
				throw new Error(`Equation for ${equation.total}: ${field} of the parts does not add up`);
			}
		}
		for (const m of members) equationsOf[m]!.push(e);
		// A group split by a background question. An equation between groups themselves (a group
		// of this edition = the same group of an earlier edition + its late answers) is not one.
		const breakdown =
			parts.length > 0 &&
			parts.every((p) => cells[p]!.breakdown === true) &&
			cells[total]!.breakdown !== true;
		return { total, parts, members, breakdown, totalFirst: equation.totalFirst === true };
	});
	const owner = effectiveOwners(cells, equations, (i) => cells[i]!.n === 0);
	return { scale, cells, equations, equationsOf, hidden: cells.map(() => null), owner };
}

export interface OwnShare {
	n: number;
	sum: number;
}

/**
 * The part of each cell made of the reader's own respondents: its own cells, summed up through
 * the equations (a län holds its förbund). A förbund that reads a hidden total it is
 * part of learns about the others' respondents only through the rest, so that rest is what must
 * stay uncertain.
 */
export function ownShares(
	cells: readonly CellInput<unknown>[],
	equations: readonly { total: number; parts: number[] }[],
	owner: readonly (number | null)[],
	view: View
): OwnShare[] {
	const shares: (OwnShare | undefined)[] = cells.map(() => undefined);
	const asTotal: number[][] = cells.map(() => []);
	equations.forEach((eq, e) => asTotal[eq.total]!.push(e));
	const share = (c: number): OwnShare => {
		const known = shares[c];
		if (known) return known;
		shares[c] = { n: 0, sum: 0 }; // guards against a cycle in malformed input
		let best: OwnShare = { n: 0, sum: 0 };
		if (view !== null && owner[c] === view) {
			best = { n: cells[c]!.n, sum: cells[c]!.sum };
		} else {
			for (const e of asTotal[c]!) {
				const parts = equations[e]!.parts.map(share);
				const n = parts.reduce((a, p) => a + p.n, 0);
				if (n > best.n) best = { n, sum: parts.reduce((a, p) => a + p.sum, 0) };
			}
		}
		shares[c] = best;
		return best;
	};
	return cells.map((_, c) => share(c));
}
