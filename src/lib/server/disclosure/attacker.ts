/**
 * Test support: an attacker who tries to recover hidden cells from a disclosed table. It knows
 * everything published, the rules and thresholds, the scale, all equations, and (as an insider)
 * its own förbund's true cells. Never imported by production code.
 *
 * Unknowns are n_i and s_i (= Σx) for every hidden cell it does not own, bound by
 * - the equations, for n and for s (published and own cells are constants; equations implied by
 *   others are dropped, which leaves the feasible set as it is and the programs small);
 * - min·n_i ≤ s_i ≤ max·n_i;
 * - the published reason: 'few' means 1 ≤ n_i ≤ threshold − 1, 'complement' means n_i ≥ threshold.
 * It does not use Σx² (a non-linear constraint). The targets of the mean bounds are the cells
 * hidden for having few respondents; for a förbund, the mean of a target's respondents other
 * than its own (a län holding its own 3 answers and one other is judged on that one).
 *
 * Two attacks:
 * - linear algebra: Gaussian elimination on the equations over the unknowns; a cell whose
 *   variable is fixed in the reduced system is solved exactly (its n and its sum);
 * - linear programming (glpk.js): the narrowest interval of each hidden mean s_i/n_i, first by
 *   the Charnes–Cooper transform (n continuous, a relaxation), then, where that interval is not
 *   clearly wide (narrower than two steps more than required) and no whole-number solution met so
 *   far shows it wide, with exact integer information: n_i fixed to each whole number it can
 *   take and all n and s integer (a small MIP), the bounds of s_i rounded to whole numbers.
 * A mean is certified wide without a program of its own when feasible points already met (the
 * true figures, two programs that push all targets to the top and the bottom, earlier solutions)
 * show means that far apart; the attacker's interval can only be wider than what they show.
 */
import GLPK, { type LP } from 'glpk.js/node';
import type { DisclosedTable } from './disclose';
import { thresholdFor } from './rules';
import type { Audience, TableInput, Thresholds } from './types';
import { effectiveOwners, ownShares, type OwnShare } from './work';

type Glpk = Awaited<ReturnType<typeof GLPK>>;

export type View = number | null;

export interface Breach {
	view: View;
	key: string;
	kind: 'exact' | 'narrow';
	/** The interval of the mean the attacker derived (for 'narrow'). */
	low?: number;
	high?: number;
}

export interface AttackInput<P> {
	/**
	 * The true table. The attacker reads from it only what is public anyway (keys, owners,
	 * equations, scale) and, as an insider, its own förbund's cells.
	 */
	table: TableInput<P>;
	disclosed: DisclosedTable<P>;
	thresholds: Thresholds;
	/**
	 * Cells that were never published whatever their disclosed state (the late answers of a
	 * correction edition): unknown to every reader but their owner, with n ≥ 0 and no published
	 * reason to bound it. They are checked for exact solution, not for narrowed means.
	 */
	unpublished?: (key: string) => boolean;
}

export interface AttackStats {
	/** Components of unknowns attacked (shared ones once per table). */
	components: number;
	/** Linear and integer programs solved. */
	linearPrograms: number;
	/** Means re-bounded with integer information. */
	refined: number;
	/** ... of which the integer bound was narrower than the continuous one. */
	refinedNarrower: number;
}

interface Unknown {
	cell: number;
	nLow: number;
	nHigh: number;
	few: boolean;
}

/** An equation as the attacker sees it: Σ coef·x over unknowns = constant (for n and for s). */
interface Row {
	coefs: Map<number, number>;
	n: number;
	s: number;
}

const epsilon = 1e-7;
/** Integer refinement is tried where the continuous interval is narrower than required + this. */
const refineBelow = 2;

/** Equations that are linear combinations of earlier ones add nothing; dropping them keeps the
 * attacker's feasible set the same and its linear programs small. */
function independentEquations(table: TableInput<unknown>): number[] {
	const index = new Map(table.cells.map((c, i) => [c.key, i]));
	const basis: Map<number, number>[] = [];
	const pivots: number[] = [];
	const kept: number[] = [];
	table.equations.forEach((eq, e) => {
		const row = new Map<number, number>([[index.get(eq.total)!, 1]]);
		for (const p of eq.parts) row.set(index.get(p)!, -1);
		basis.forEach((b, k) => {
			const factor = row.get(pivots[k]!) ?? 0;
			if (Math.abs(factor) < epsilon) return;
			for (const [j, v] of b) {
				const next = (row.get(j) ?? 0) - factor * v;
				if (Math.abs(next) < epsilon) row.delete(j);
				else row.set(j, next);
			}
		});
		const pivot = [...row.keys()].sort((a, b) => a - b)[0];
		if (pivot === undefined) return;
		const scale = row.get(pivot)!;
		for (const [j, v] of row) row.set(j, v / scale);
		basis.push(row);
		pivots.push(pivot);
		kept.push(e);
	});
	return kept;
}

/** Cells fixed in the reduced system of the rows: solved exactly. */
function determinedCells(rows: Row[], cells: number[]): number[] {
	const matrix = rows.map((r) => cells.map((c) => r.coefs.get(c) ?? 0));
	const pivotRows: number[] = [];
	const pivotCols: number[] = [];
	let r = 0;
	for (let c = 0; c < cells.length && r < matrix.length; c++) {
		let best = r;
		for (let k = r + 1; k < matrix.length; k++) {
			if (Math.abs(matrix[k]![c]!) > Math.abs(matrix[best]![c]!)) best = k;
		}
		if (Math.abs(matrix[best]![c]!) < epsilon) continue;
		[matrix[r], matrix[best]] = [matrix[best]!, matrix[r]!];
		const pivot = matrix[r]![c]!;
		matrix[r] = matrix[r]!.map((v) => v / pivot);
		for (let k = 0; k < matrix.length; k++) {
			if (k === r) continue;
			const factor = matrix[k]![c]!;
			if (Math.abs(factor) < epsilon) continue;
			matrix[k] = matrix[k]!.map((v, j) => v - factor * matrix[r]![j]!);
		}
		pivotRows.push(r);
		pivotCols.push(c);
		r++;
	}
	const determined: number[] = [];
	pivotRows.forEach((row, k) => {
		const nonzero = matrix[row]!.filter((v) => Math.abs(v) > epsilon).length;
		if (nonzero === 1) determined.push(cells[pivotCols[k]!]!);
	});
	return determined;
}

/**
 * Equations left with a single unknown give it away by subtraction: solves those (and those that
 * this leaves with one unknown, and so on), moves them out of the unknowns and returns them. The
 * feasible set of the rest stays the same, and the programs get much smaller where many cells are
 * unknown but derivable (the late answers of a correction edition next to two published editions).
 */
function solveSingles(rows: Row[], unknowns: Map<number, Unknown>): number[] {
	const solved: number[] = [];
	for (let found = true; found;) {
		found = false;
		for (const row of rows) {
			if (row.coefs.size !== 1) continue;
			const [[cell, coef]] = [...row.coefs] as [[number, number]];
			const n = row.n / coef;
			const s = row.s / coef;
			for (const other of rows) {
				const c = other.coefs.get(cell);
				if (c === undefined) continue;
				other.n -= c * n;
				other.s -= c * s;
				other.coefs.delete(cell);
			}
			unknowns.delete(cell);
			solved.push(cell);
			found = true;
		}
	}
	for (let r = rows.length - 1; r >= 0; r--) if (rows[r]!.coefs.size === 0) rows.splice(r, 1);
	return solved;
}

/** Owners as any reader can work them out: from the cells' owners and the published empty cells. */
export function publicOwners<P>(
	table: TableInput<P>,
	disclosed: DisclosedTable<P>,
	index: Map<string, number>,
	unpublished: (key: string) => boolean = () => false
): (number | null)[] {
	const equations = table.equations.map((eq) => ({
		total: index.get(eq.total)!,
		parts: eq.parts.map((p) => index.get(p)!)
	}));
	return effectiveOwners(table.cells, equations, (i) => {
		const key = table.cells[i]!.key;
		const shown = disclosed.cell(key);
		return !unpublished(key) && shown !== undefined && !shown.hidden && shown.n === 0;
	});
}

function components(unknownCells: number[], rows: Row[]): number[][] {
	const parent = new Map(unknownCells.map((c) => [c, c]));
	const find = (c: number): number => {
		let root = c;
		while (parent.get(root) !== root) root = parent.get(root)!;
		parent.set(c, root);
		return root;
	};
	for (const row of rows) {
		const [first, ...rest] = [...row.coefs.keys()];
		for (const c of rest) parent.set(find(c), find(first!));
	}
	const groups = new Map<number, number[]>();
	for (const c of unknownCells) {
		const root = find(c);
		groups.set(root, [...(groups.get(root) ?? []), c]);
	}
	return [...groups.values()];
}

export class Attacker {
	readonly stats: AttackStats = {
		components: 0,
		linearPrograms: 0,
		refined: 0,
		refinedNarrower: 0
	};
	private constructor(private readonly glpk: Glpk) {}

	static async create(): Promise<Attacker> {
		return new Attacker(await GLPK());
	}

	/**
	 * Attacks the table as every given reader (null: the public; a number: that förbund, which
	 * knows its own cells). Components of the unknowns that two readers see alike are attacked once.
	 */
	attack<P>(input: AttackInput<P>, views: readonly View[]): Breach[] {
		const { table, disclosed, thresholds } = input;
		const unpublished = input.unpublished ?? (() => false);
		const audience = disclosed.audience;
		const kept = independentEquations(table);
		const index = new Map(table.cells.map((c, i) => [c.key, i]));
		const owner = publicOwners(table, disclosed, index, unpublished);
		const indexed = table.equations.map((eq) => ({
			total: index.get(eq.total)!,
			parts: eq.parts.map((p) => index.get(p)!)
		}));
		const cache = new Map<
			string,
			{ key: string; kind: Breach['kind']; low?: number; high?: number }[]
		>();
		const breaches: Breach[] = [];
		for (const view of views) {
			const { unknowns, rows, solved } = this.knowledge(
				table,
				disclosed,
				audience,
				thresholds,
				view,
				kept,
				index,
				owner,
				unpublished
			);
			for (const c of solved) breaches.push({ view, key: table.cells[c]!.key, kind: 'exact' });
			const own = ownShares(table.cells, indexed, owner, view);
			for (const group of components([...unknowns.keys()], rows)) {
				const shares = new Map(
					group.filter((c) => own[c]!.n > 0).map((c): [number, OwnShare] => [c, own[c]!])
				);
				const members = new Set(group);
				const groupRows = rows.filter((r) => [...r.coefs.keys()].some((c) => members.has(c)));
				const signature = JSON.stringify([
					[...group].sort((a, b) => a - b),
					groupRows.map((r) => [[...r.coefs], r.n, r.s]),
					[...shares]
				]);
				let found = cache.get(signature);
				if (!found) {
					this.stats.components++;
					found = this.attackComponent(table, group, groupRows, unknowns, shares);
					cache.set(signature, found);
				}
				for (const b of found) breaches.push({ view, ...b });
			}
		}
		return breaches;
	}

	/** What one reader knows: the unknown cells with their n bounds, and the equations over them. */
	private knowledge<P>(
		table: TableInput<P>,
		disclosed: DisclosedTable<P>,
		audience: Audience,
		thresholds: Thresholds,
		view: View,
		kept: number[],
		index: Map<string, number>,
		owner: (number | null)[],
		unpublished: (key: string) => boolean
	): { unknowns: Map<number, Unknown>; rows: Row[]; solved: number[] } {
		const unknowns = new Map<number, Unknown>();
		const known: ({ n: number; s: number } | null)[] = table.cells.map((cell, i) => {
			const shown = disclosed.cell(cell.key);
			if (!shown) throw new Error(`Disclosed table lacks ${cell.key}`);
			if (view !== null && owner[i] === view) return { n: cell.n, s: cell.sum };
			if (unpublished(cell.key)) {
				unknowns.set(i, { cell: i, few: false, nLow: 0, nHigh: Infinity });
				return null;
			}
			if (!shown.hidden) return { n: shown.n, s: shown.sum };
			const threshold = thresholdFor(cell, owner[i]!, audience, thresholds);
			const few = shown.reason === 'few';
			unknowns.set(i, {
				cell: i,
				few,
				nLow: few ? 1 : threshold,
				nHigh: few ? threshold - 1 : Infinity
			});
			return null;
		});
		const rows: Row[] = [];
		for (const e of kept) {
			const eq = table.equations[e]!;
			const row: Row = { coefs: new Map(), n: 0, s: 0 };
			const members: [number, number][] = [
				[index.get(eq.total)!, 1],
				...eq.parts.map((p): [number, number] => [index.get(p)!, -1])
			];
			for (const [i, coef] of members) {
				const value = known[i];
				if (value) {
					row.n -= coef * value.n;
					row.s -= coef * value.s;
				} else row.coefs.set(i, coef);
			}
			if (row.coefs.size > 0) rows.push(row);
		}
		const solved = solveSingles(rows, unknowns);
		return { unknowns, rows, solved };
	}

	/**
	 * Solves a component exactly where it can (linear algebra), then bounds the mean of each cell
	 * hidden for having few respondents. Feasible points met on the way (the true figures, and every
	 * solution of a program) already show part of each mean's range; a mean whose range is known to
	 * be wide enough from such points needs no program of its own.
	 */
	private attackComponent<P>(
		table: TableInput<P>,
		group: number[],
		rows: Row[],
		unknowns: Map<number, Unknown>,
		shares: Map<number, OwnShare>
	): Omit<Breach, 'view'>[] {
		const found: Omit<Breach, 'view'>[] = [];
		const exact = new Set(determinedCells(rows, group));
		for (const c of exact) found.push({ key: table.cells[c]!.key, kind: 'exact' });
		const { min, max } = table.scale;
		const required = Math.min(2, max - min);
		const targets = group.filter((c) => unknowns.get(c)!.few && !exact.has(c));
		if (targets.length === 0) return found;
		const model = new Model(this.glpk, table, group, rows, unknowns, shares);
		const seen = new SeenMeans(targets, model);
		// The auditor (not the attacker) knows the true figures are one feasible point.
		seen.observe(model.truePoint());
		for (const direction of [this.glpk.GLP_MAX, this.glpk.GLP_MIN]) {
			seen.observe(this.solve(model.spread(direction, targets)).vars);
		}
		for (const c of targets) {
			if (seen.width(c, true) >= required - epsilon) continue;
			const low = this.solve(model.charnesCooper(this.glpk.GLP_MIN, c));
			const high = this.solve(model.charnesCooper(this.glpk.GLP_MAX, c));
			for (const r of [low, high]) seen.observe(unscale(r.vars));
			let interval: [number, number] = [
				this.ok(low.status) ? Math.max(min, low.z) : min,
				this.ok(high.status) ? Math.min(max, high.z) : max
			];
			const width = interval[1] - interval[0];
			const refine = width >= required - epsilon && width < required + refineBelow;
			if (refine && seen.width(c, true) < required - epsilon) {
				this.stats.refined++;
				const [intLow, intHigh] = this.meanWithIntegers(model, c);
				if (intHigh - intLow < width - epsilon) this.stats.refinedNarrower++;
				interval = [Math.max(interval[0], intLow), Math.min(interval[1], intHigh)];
			}
			if (interval[1] - interval[0] < required - epsilon) {
				found.push({
					key: table.cells[c]!.key,
					kind: 'narrow',
					low: interval[0],
					high: interval[1]
				});
			}
		}
		return found;
	}

	private solve(lp: LP): { status: number; z: number; vars: Record<string, number> } {
		this.stats.linearPrograms++;
		const { status, z, vars } = this.glpk.solve(lp, { msglev: this.glpk.GLP_MSG_OFF }).result;
		return { status, z, vars: this.ok(status) ? vars : {} };
	}

	private ok(status: number): boolean {
		return status === this.glpk.GLP_OPT || status === this.glpk.GLP_FEAS;
	}

	/**
	 * Bounds of the target's mean with whole numbers: for each n it can take, the least and
	 * greatest whole Σx that an all-integer solution allows (a small integer program).
	 */
	private meanWithIntegers(model: Model, target: number): [number, number] {
		let low = Infinity;
		let high = -Infinity;
		const [first, last] = model.targetRange(target);
		for (let n = first; n <= last; n++) {
			const least = this.solve(model.integerSum(this.glpk.GLP_MIN, target, n));
			if (!this.ok(least.status)) continue;
			const most = this.solve(model.integerSum(this.glpk.GLP_MAX, target, n));
			low = Math.min(low, Math.ceil(least.z - epsilon) / n);
			high = Math.max(high, Math.floor(most.z + epsilon) / n);
		}
		return Number.isFinite(low) ? [low, high] : [model.scale.min, model.scale.max];
	}
}

/** Points of a Charnes–Cooper program back in the original variables: x = y / t. */
function unscale(vars: Record<string, number>): Record<string, number> {
	const t = vars.t ?? 0;
	if (!(t > epsilon)) return {};
	return Object.fromEntries(Object.entries(vars).map(([name, v]) => [name, v / t]));
}

/** The least and greatest mean of each target seen at feasible points, whole-number points apart. */
class SeenMeans {
	private readonly any = new Map<number, [number, number]>();
	private readonly whole = new Map<number, [number, number]>();
	constructor(
		private readonly targets: number[],
		private readonly model: Model
	) {}

	observe(point: Map<string, number> | Record<string, number>): void {
		const get = (name: string) => (point instanceof Map ? point.get(name) : point[name]);
		const values = [...(point instanceof Map ? point.values() : Object.values(point))];
		if (values.length === 0) return;
		const integral = values.every((v) => Math.abs(v - Math.round(v)) < 1e-6);
		for (const c of this.targets) {
			const n = get(this.model.nameN(c));
			const s = get(this.model.nameS(c));
			if (n === undefined || s === undefined || n < epsilon) continue;
			const mean = s / n;
			for (const [map, use] of [
				[this.any, true],
				[this.whole, integral]
			] as const) {
				if (!use) continue;
				const [lo, hi] = map.get(c) ?? [mean, mean];
				map.set(c, [Math.min(lo, mean), Math.max(hi, mean)]);
			}
		}
	}

	/** A lower bound on the width of the attacker's interval for the mean. */
	width(cell: number, wholeNumbers: boolean): number {
		const [lo, hi] = (wholeNumbers ? this.whole : this.any).get(cell) ?? [0, 0];
		return hi - lo;
	}
}

/** The linear programs of one component of unknowns. */
class Model {
	readonly scale: { min: number; max: number };
	constructor(
		private readonly glpk: Glpk,
		table: TableInput<unknown>,
		private readonly group: number[],
		private readonly rows: Row[],
		private readonly unknowns: Map<number, Unknown>,
		private readonly shares: Map<number, OwnShare>
	) {
		this.scale = table.scale;
		this.cells = table.cells;
	}

	private readonly cells: TableInput<unknown>['cells'];

	/**
	 * The target's respondents other than the reader's own: variables m = n − own n and
	 * r = s − own s for a cell that holds own respondents, else n and s themselves.
	 */
	nameN(c: number): string {
		return this.shares.has(c) ? `m${c}` : `n${c}`;
	}

	nameS(c: number): string {
		return this.shares.has(c) ? `r${c}` : `s${c}`;
	}

	private variables(): string[] {
		return this.group.flatMap((c) =>
			this.shares.has(c) ? [`n${c}`, `s${c}`, `m${c}`, `r${c}`] : [`n${c}`, `s${c}`]
		);
	}

	/** The whole numbers the target's (other respondents') n can take a priori. */
	targetRange(c: number): [number, number] {
		const u = this.unknowns.get(c)!;
		const own = this.shares.get(c)?.n ?? 0;
		return [Math.max(1, u.nLow - own), u.nHigh - own];
	}

	/** The true figures (known to the auditor, not the attacker): one feasible point. */
	truePoint(): Map<string, number> {
		const point = new Map<string, number>();
		for (const c of this.group) {
			const { n, sum } = this.cells[c]!;
			point.set(`n${c}`, n);
			point.set(`s${c}`, sum);
			const own = this.shares.get(c);
			if (own) {
				point.set(`m${c}`, n - own.n);
				point.set(`r${c}`, sum - own.sum);
			}
		}
		return point;
	}

	private readonly built = new Map<boolean, LP['subjectTo']>();

	/** Equations and scale limits, in the original variables (`t` absent) or homogenised by `t`. */
	private constraints(homogenised: boolean): LP['subjectTo'] {
		const built = this.built.get(homogenised) ?? this.build(homogenised);
		this.built.set(homogenised, built);
		return built;
	}

	private build(homogenised: boolean): LP['subjectTo'] {
		const g = this.glpk;
		const { min, max } = this.scale;
		const zero = (type: number) => ({ type, lb: 0, ub: 0 });
		const subjectTo: LP['subjectTo'] = [];
		this.rows.forEach((row, r) => {
			for (const v of ['n', 's'] as const) {
				const vars = [...row.coefs].map(([c, coef]) => ({ name: `${v}${c}`, coef }));
				subjectTo.push(
					homogenised
						? {
								name: `e${r}${v}`,
								vars: [...vars, { name: 't', coef: -row[v] }],
								bnds: zero(g.GLP_FX)
							}
						: { name: `e${r}${v}`, vars, bnds: { type: g.GLP_FX, lb: row[v], ub: row[v] } }
				);
			}
		});
		for (const c of this.group) {
			const n = `n${c}`;
			const s = `s${c}`;
			subjectTo.push({
				name: `lo${c}`,
				vars: [
					{ name: s, coef: 1 },
					{ name: n, coef: -min }
				],
				bnds: zero(g.GLP_LO)
			});
			subjectTo.push({
				name: `hi${c}`,
				vars: [
					{ name: s, coef: 1 },
					{ name: n, coef: -max }
				],
				bnds: zero(g.GLP_UP)
			});
			const own = this.shares.get(c);
			if (own) {
				// The other respondents are on the scale too: m = n − own n, r = s − own s.
				const m = `m${c}`;
				const r = `r${c}`;
				for (const [name, part, value] of [
					['fn', n, own.n],
					['fs', s, own.sum]
				] as const) {
					const mine = name === 'fn' ? m : r;
					const vars = [
						{ name: mine, coef: 1 },
						{ name: part, coef: -1 }
					];
					subjectTo.push(
						homogenised
							? {
									name: `${name}${c}`,
									vars: [...vars, { name: 't', coef: value }],
									bnds: zero(g.GLP_FX)
								}
							: { name: `${name}${c}`, vars, bnds: { type: g.GLP_FX, lb: -value, ub: -value } }
					);
				}
				subjectTo.push({
					name: `rlo${c}`,
					vars: [
						{ name: r, coef: 1 },
						{ name: m, coef: -min }
					],
					bnds: zero(g.GLP_LO)
				});
				subjectTo.push({
					name: `rhi${c}`,
					vars: [
						{ name: r, coef: 1 },
						{ name: m, coef: -max }
					],
					bnds: zero(g.GLP_UP)
				});
				if (homogenised) {
					subjectTo.push({
						name: `ml${c}`,
						vars: [
							{ name: m, coef: 1 },
							{ name: 't', coef: -1 }
						],
						bnds: zero(g.GLP_LO)
					});
				}
			}
			if (homogenised) {
				const u = this.unknowns.get(c)!;
				subjectTo.push({
					name: `nl${c}`,
					vars: [
						{ name: n, coef: 1 },
						{ name: 't', coef: -u.nLow }
					],
					bnds: zero(g.GLP_LO)
				});
				if (Number.isFinite(u.nHigh)) {
					subjectTo.push({
						name: `nh${c}`,
						vars: [
							{ name: n, coef: 1 },
							{ name: 't', coef: -u.nHigh }
						],
						bnds: zero(g.GLP_UP)
					});
				}
			}
		}
		return subjectTo;
	}

	/** Bounds of n from the published reasons, n of one cell fixed if asked. */
	private bounds(fixed?: { cell: number; n: number }): NonNullable<LP['bounds']> {
		const g = this.glpk;
		return this.group.flatMap((c) => {
			const u = this.unknowns.get(c)!;
			const n = `n${c}`;
			const nBound = Number.isFinite(u.nHigh)
				? { name: n, type: g.GLP_DB, lb: u.nLow, ub: u.nHigh }
				: { name: n, type: g.GLP_LO, lb: u.nLow, ub: 0 };
			const bounds = [nBound, { name: `s${c}`, type: g.GLP_LO, lb: 0, ub: 0 }];
			if (this.shares.has(c)) {
				bounds.push({ name: `m${c}`, type: g.GLP_LO, lb: 1, ub: 0 });
				bounds.push({ name: `r${c}`, type: g.GLP_LO, lb: 0, ub: 0 });
			}
			if (fixed?.cell === c) {
				const name = this.nameN(c);
				const at = bounds.findIndex((b) => b.name === name);
				bounds[at] = { name, type: g.GLP_FX, lb: fixed.n, ub: fixed.n };
			}
			return bounds;
		});
	}

	/** All targets' sums pushed towards the top (or bottom) of their ranges at once. */
	spread(direction: number, targets: number[]): LP {
		const { min, max } = this.scale;
		const edge = direction === this.glpk.GLP_MAX ? max : min;
		return {
			name: 'spread',
			objective: {
				direction,
				name: 'z',
				vars: targets.flatMap((c) => [
					{ name: this.nameS(c), coef: 1 },
					{ name: this.nameN(c), coef: -edge }
				])
			},
			subjectTo: this.constraints(false),
			bounds: this.bounds()
		};
	}

	/**
	 * The target's mean s/n as a linear objective: with y = x / n and t = 1 / n, maximise (or
	 * minimise) y_s subject to the homogenised constraints and y_n = 1 (n continuous).
	 */
	charnesCooper(direction: number, target: number): LP {
		const g = this.glpk;
		return {
			name: 'mean',
			objective: { direction, name: 'z', vars: [{ name: this.nameS(target), coef: 1 }] },
			subjectTo: [
				...this.constraints(true),
				{
					name: 'unit',
					vars: [{ name: this.nameN(target), coef: 1 }],
					bnds: { type: g.GLP_FX, lb: 1, ub: 1 }
				}
			],
			bounds: [
				{ name: 't', type: g.GLP_LO, lb: 0, ub: 0 },
				...this.variables().map((name) => ({ name, type: g.GLP_LO, lb: 0, ub: 0 }))
			]
		};
	}

	/** Least (or greatest) whole Σx of the target for a given n, all n and Σx whole numbers. */
	integerSum(direction: number, target: number, n: number): LP {
		return {
			name: 'integer-sum',
			objective: { direction, name: 'z', vars: [{ name: this.nameS(target), coef: 1 }] },
			subjectTo: this.constraints(false),
			bounds: this.bounds({ cell: target, n }),
			generals: this.variables()
		};
	}
}
