import { protectExtremes } from './extreme';
import {
	insidersOf,
	insidersOfTable,
	protectBreakdown,
	protectEquation,
	suppressPrimary
} from './rules';
import {
	allRules,
	type Audience,
	type DisclosedCell,
	type DiscloseOptions,
	type HiddenReason,
	type TableInput,
	type Thresholds
} from './types';
import { buildWork, type View, type Work } from './work';

// A real symbol that is never exported: no other module can write a DisclosedTable literal, so
// page loaders, CSV writers and snapshots that demand one can only receive what `disclose` built.
const brand: unique symbol = Symbol('DisclosedTable');

export interface DisclosedTable<P = unknown> {
	readonly [brand]: true;
	readonly audience: Audience;
	cell(key: string): DisclosedCell<P> | undefined;
	readonly cells: readonly DisclosedCell<P>[];
}

/** Whether a value was built by `disclose` (for code that receives tables from untyped places). */
export function isDisclosedTable(value: unknown): value is DisclosedTable {
	return typeof value === 'object' && value !== null && brand in value;
}

/**
 * Applies the equation rules until nothing changes: breakdown groups together, complementary
 * (the plain reader), insider (every förbund that owns a hidden cell), then the extreme rule,
 * which hides one cell at a time and sends the other rules round again.
 *
 * It ends: a rule reports a change only when it hid a cell that was visible, and no cell is ever
 * shown again, so there are at most as many rounds as cells. When an equation is left with one
 * unknown and only cells fixed by an earlier edition to hide, no rule can do anything there and
 * none reports a change; every other cell is still hidden as the rules need.
 */
function settle(work: Work, options: DiscloseOptions, insiders: boolean): void {
	for (;;) {
		let changed = false;
		for (const equation of work.equations) {
			if (protectBreakdown(work, equation)) changed = true;
			if (options.complementary && protectEquation(work, equation, null)) changed = true;
			if (options.insider && insiders) {
				for (const id of insidersOf(work, equation)) {
					if (protectEquation(work, equation, id)) changed = true;
				}
			}
		}
		if (changed) continue;
		if (!options.extreme) return;
		const views: View[] = [null, ...(options.insider && insiders ? insidersOfTable(work) : [])];
		if (!protectExtremes(work, views)) return;
	}
}

function hiddenFor<P>(
	table: TableInput<P>,
	audience: Audience,
	thresholds: Thresholds,
	options: DiscloseOptions
): Work<P> {
	const work = buildWork(table);
	suppressPrimary(work, audience, thresholds);
	if (audience.kind === 'inside') {
		// The förbund also reads the public table. Hiding at least what the public table hides
		// (outside its own cells) means the two together tell it no more than the public table and
		// its own answers, which is what the public table is already protected against.
		const outside = hiddenFor(table, { kind: 'outside' }, thresholds, options);
		work.owner.forEach((owner, i) => {
			if (owner !== audience.forbundId && work.hidden[i] === null) {
				work.hidden[i] = outside.hidden[i]!;
			}
		});
		// Only this förbund reads this table. Against it as an insider (it knows its own
		// answers) the public pattern copied above already protects every other förbund's
		// cells, so what is left is the plain reader of this table: its own small cells (a
		// insats of two) must not be worked out by its own staff, who never saw those answers.
		// Other förbund never read it, so their views do not apply, and its own cells are
		// the last to be hidden as complements.
		work.spare = audience.forbundId;
		settle(work, options, false);
		return work;
	}
	settle(work, options, true);
	return work;
}

function sealCell<P>(cell: TableInput<P>['cells'][number], reason: HiddenReason | null) {
	const disclosed: DisclosedCell<P> =
		reason === null
			? {
					key: cell.key,
					hidden: false,
					n: cell.n,
					sum: cell.sum,
					sumSquares: cell.sumSquares,
					payload: cell.payload
				}
			: { key: cell.key, hidden: true, reason };
	return Object.freeze(disclosed);
}

function seal<P>(work: Work<P>, audience: Audience): DisclosedTable<P> {
	const cells = Object.freeze(work.cells.map((cell, i) => sealCell(cell, work.hidden[i]!)));
	const byKey = new Map(cells.map((cell) => [cell.key, cell]));
	return Object.freeze({
		[brand]: true as const,
		audience: Object.freeze({ ...audience }),
		cells,
		cell: (key: string) => byKey.get(key)
	});
}

function checkThresholds(thresholds: Thresholds): void {
	for (const [name, value] of Object.entries(thresholds)) {
		if (!Number.isInteger(value) || value < 1) {
			throw new Error(`Threshold ${name} must be a whole number ≥ 1, got ${value}`);
		}
	}
}

/** `disclose` with rules switched off: only for tests proving that the audit catches it. */
export function discloseWith<P>(
	table: TableInput<P>,
	audience: Audience,
	thresholds: Thresholds,
	options: DiscloseOptions
): DisclosedTable<P> {
	checkThresholds(thresholds);
	return seal(hiddenFor(table, audience, thresholds, options), audience);
}

/**
 * The only way figures leave the server: hides cells with too few respondents (primary), and
 * enough other cells that no reader — the public, or a förbund that knows its own answers —
 * can work a hidden cell out exactly or narrow its mean to less than two scale steps from the
 * published cells and the table's equations. A hidden cell carries nothing but its key and reason.
 */
export function disclose<P>(
	table: TableInput<P>,
	audience: Audience,
	thresholds: Thresholds
): DisclosedTable<P> {
	return discloseWith(table, audience, thresholds, allRules);
}
