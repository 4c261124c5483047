/**
 * Editions of a year's national report. A published edition is frozen; a correction edition of
 * the same year comes later, after late answers arrived. Anyone can subtract the two, so the
 * brief's equation "a year's edition = the previous edition + late answers" is one more set of
 * equations the disclosure rules must see: the new edition is disclosed together with what every
 * earlier edition published (fixed, it cannot change) and the late answers (never published).
 */
import type { DisclosedTable } from './disclose';
import type { CellInput, Equation, TableInput } from './types';

/** What an earlier edition published for one table: every cell's true sums and whether it was shown. */
export interface EditionLayer {
	cells: Record<string, { n: number; sum: number; sumSquares: number; hidden: boolean }>;
}

/**
 * Keys of the added layers. A current key never starts like this (checked), and the number ends
 * at the first `|`, so `e1|x`, `e12|x` and `late1|x` cannot be confused with each other or with
 * a breakdown key such as 'forbund:12|kon:kvinna'.
 */
const layerPrefix = /^(?:e|late)\d+\|/;

/** The cell of earlier edition k (1 = oldest) in the table built by `withEarlierEditions`. */
export function earlierKey(k: number, key: string): string {
	return `e${k}|${key}`;
}

/** The answers that arrived since edition k (current − edition k); never published. */
export function lateKey(k: number, key: string): string {
	return `late${k}|${key}`;
}

/** Whether a key belongs to an added layer rather than to the current table. */
export function isLayerKey(key: string): boolean {
	return layerPrefix.test(key);
}

/**
 * Records an edition when it is published, to be passed to `withEarlierEditions` for every later
 * edition of the same year: the true figures of every cell (the rules need them to protect the
 * hidden ones) and which cells the public saw.
 */
export function editionLayer<P>(table: TableInput<P>, disclosed: DisclosedTable<P>): EditionLayer {
	const cells: EditionLayer['cells'] = {};
	for (const cell of table.cells) {
		const shown = disclosed.cell(cell.key);
		if (!shown) throw new Error(`Disclosed edition lacks ${cell.key}`);
		cells[cell.key] = {
			n: cell.n,
			sum: cell.sum,
			sumSquares: cell.sumSquares,
			hidden: shown.hidden
		};
	}
	return { cells };
}

/** As in `buildWork`: sums of answers arrive as floating-point numbers. */
const sumTolerance = 1e-9;

const empty = { n: 0, sum: 0, sumSquares: 0, hidden: false };

/**
 * The answers behind an earlier edition are no longer all there (removed, changed, or an
 * förbund moved to another län): a new edition could only show the difference, so it is
 * refused and the caller says why.
 */
export class EditionConflict extends Error {
	override name = 'EditionConflict';
}

/**
 * The late answers of one cell: current − earlier. A correction edition only adds answers, and the
 * protection argument needs every late cell to be a group of answers on the scale (n ≥ 0,
 * min·n ≤ Σx ≤ max·n), so a cell that lost answers, or whose answers changed, is refused with an
 * error rather than disclosed: hiding it would not be enough, since the removed answers would
 * themselves be a group that differences of other cells could reveal, and that needs a decision
 * by NNS (e.g. withdrawing the earlier edition), not a silent rule.
 */
function lateFigures(
	k: number,
	cell: CellInput<unknown>,
	earlier: { n: number; sum: number; sumSquares: number },
	scale: TableInput<unknown>['scale']
): { n: number; sum: number; sumSquares: number } {
	const n = cell.n - earlier.n;
	const sum = cell.sum - earlier.sum;
	const sumSquares = cell.sumSquares - earlier.sumSquares;
	if (n < 0) {
		throw new EditionConflict(
			`Cell ${cell.key}: n fell from ${earlier.n} in edition ${k} to ${cell.n}; a later edition may only add answers`
		);
	}
	// The difference inherits the rounding of the larger figures it was taken from.
	const tolerance = sumTolerance * Math.max(1, Math.abs(cell.sum), Math.abs(earlier.sum));
	if (sum < scale.min * n - tolerance || sum > scale.max * n + tolerance) {
		throw new EditionConflict(
			`Cell ${cell.key}: answers changed since edition ${k} (Σx differs by ${sum} for ${n} new answers); a later edition may only add answers`
		);
	}
	// Nothing late: exact zeros, so that rounding cannot make an empty cell look non-empty.
	return n === 0 ? { n: 0, sum: 0, sumSquares: 0 } : { n, sum, sumSquares };
}

/**
 * Adds to a table, for each earlier edition k (oldest first), a fixed layer `e{k}|<key>` with that
 * edition's figures and state, and a late layer `late{k}|<key>` = current − earlier (the answers
 * that arrived since), tied by the equations  <key> = e{k}|<key> + late{k}|<key>  for every cell, and
 * the table's own equations repeated on the late layer. Late cells are never published; a late cell
 * with 0 < n < outside threshold is primary-hidden like any cell, so the rules hide current cells until
 * no late group under the threshold and no hidden cell of any edition can be worked out.
 *
 * The table's equations are repeated on the earlier layer too. They follow from the others, but
 * the rules reason equation by equation: without them a län total of edition k would not count as
 * known to the one förbund that made it up, and the extreme rule would not see the earlier
 * edition's own sums.
 *
 * The rules treat a late cell they leave visible as known to the reader (it may be the difference
 * of two published cells), which can only make them hide more, never less. Callers read only the
 * current keys.
 *
 * A key of an earlier edition that the current table lacks: with n = 0 it is left out (zero then,
 * nothing now, and tied by none of the current equations, so there is nothing to learn or protect);
 * with n > 0 answers were removed, which is refused like any other loss of answers.
 */
export function withEarlierEditions<P>(
	table: TableInput<P>,
	layers: EditionLayer[],
	emptyPayload: P
): TableInput<P> {
	const current = new Set<string>();
	for (const cell of table.cells) {
		if (isLayerKey(cell.key)) {
			throw new Error(`Cell key ${cell.key} looks like a key of an earlier edition's layer`);
		}
		current.add(cell.key);
	}
	// Edition equations first: with nothing late they hide every cell the earlier edition hid
	// before anything else is chosen, so the new edition repeats the earlier pattern exactly.
	const editionEquations: Equation[] = [];
	const layerEquations: Equation[] = [];
	const added: CellInput<P>[] = [];
	layers.forEach((layer, at) => {
		const k = at + 1;
		for (const [key, earlier] of Object.entries(layer.cells)) {
			if (!current.has(key) && earlier.n !== 0) {
				throw new EditionConflict(
					`Cell ${key}: ${earlier.n} answers in edition ${k} but none now; a later edition may only add answers`
				);
			}
		}
		for (const cell of table.cells) {
			const earlier = layer.cells[cell.key] ?? empty;
			const late = lateFigures(k, cell, earlier, table.scale);
			const common = {
				forbundId: cell.forbundId,
				...(cell.breakdown ? { breakdown: true } : {}),
				payload: emptyPayload
			};
			added.push({
				key: earlierKey(k, cell.key),
				n: earlier.n,
				sum: earlier.sum,
				sumSquares: earlier.sumSquares,
				fixed: earlier.hidden ? 'hidden' : 'shown',
				...common
			});
			added.push({ key: lateKey(k, cell.key), ...late, ...common });
			editionEquations.push({
				total: cell.key,
				parts: [earlierKey(k, cell.key), lateKey(k, cell.key)],
				totalFirst: true
			});
		}
		for (const layerOf of [earlierKey, lateKey]) {
			for (const { total, parts } of table.equations) {
				layerEquations.push({
					total: layerOf(k, total),
					parts: parts.map((p) => layerOf(k, p))
				});
			}
		}
	});
	return {
		scale: table.scale,
		cells: [...table.cells, ...added],
		equations: [...editionEquations, ...table.equations, ...layerEquations]
	};
}
