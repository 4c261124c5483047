import type { CellInput, Equation, TableInput } from '../disclosure';
import type { Sums } from '../statistics';

/** One aggregated group as SQL returns it, with its sums and a payload that adds up alike. */
export interface GroupSums<P> {
	forbundId: number;
	insatsId: number | null;
	group: string | null;
	sums: Sums;
	payload: P;
}

export interface RegisterEntry {
	id: number;
	name: string;
	lan: string;
	omrade: string;
}

export interface Additive<P> {
	empty: () => P;
	add: (a: P, b: P) => P;
}

/** Cell keys, shared by the tables and the pages that read them. */
export const cellKeys = {
	nation: 'nation',
	omrade: (omrade: string) => `omrade:${omrade}`,
	lan: (lan: string) => `lan:${lan}`,
	forbund: (id: number) => `forbund:${id}`,
	insats: (id: number) => `insats:${id}`,
	group: (forbundId: number, question: string, value: string | null) =>
		`forbund:${forbundId}|${question}:${value ?? ''}`
};

interface Accumulator<P> {
	sums: Sums;
	payload: P;
	forbundId: number | null;
	breakdown: boolean;
}

/**
 * The table of one measure (a statement or an indicator) in one year, in the shapes the
 * disclosure module protects: nation = områden = län = förbund (and nation = förbund
 * directly), and for one förbund looked at closely its insatser and one background
 * breakdown, each summing to the förbund.
 */
export function buildGroupTable<P>(
	national: GroupSums<P>[],
	register: Map<number, RegisterEntry>,
	additive: Additive<P>,
	scale: { min: number; max: number },
	closeUp?: {
		forbundId: number;
		insatser: boolean;
		/** Per background question, its groups (unanswered as `null`), for this förbund. */
		breakdowns: { question: string; rows: GroupSums<P>[] }[];
	}
): TableInput<P> {
	const cells = new Map<string, Accumulator<P>>();
	const equations = new Map<string, Set<string>>();
	const addTo = (key: string, row: GroupSums<P>, forbundId: number | null, breakdown = false) => {
		const cell = cells.get(key) ?? {
			sums: { n: 0, sum: 0, sumSquares: 0 },
			payload: additive.empty(),
			forbundId,
			breakdown
		};
		cell.sums = {
			n: cell.sums.n + row.sums.n,
			sum: cell.sums.sum + row.sums.sum,
			sumSquares: cell.sums.sumSquares + row.sums.sumSquares
		};
		cell.payload = additive.add(cell.payload, row.payload);
		cells.set(key, cell);
	};
	const tie = (total: string, part: string) => {
		const parts = equations.get(total) ?? new Set<string>();
		parts.add(part);
		equations.set(total, parts);
	};

	// Added in a fixed order, so that the same groups give the same float sums whatever order
	// the database returned them in.
	const ordered = [...national].sort(
		(a, b) =>
			a.forbundId - b.forbundId ||
			(a.insatsId ?? -1) - (b.insatsId ?? -1) ||
			(a.group ?? '').localeCompare(b.group ?? '')
	);
	for (const row of ordered) {
		const entry = register.get(row.forbundId);
		if (!entry || row.sums.n === 0) continue;
		const forbundKey = cellKeys.forbund(row.forbundId);
		const lanKey = cellKeys.lan(entry.lan);
		const omradeKey = cellKeys.omrade(entry.omrade);
		addTo(cellKeys.nation, row, null);
		addTo(omradeKey, row, null);
		addTo(lanKey, row, null);
		addTo(forbundKey, row, row.forbundId);
		tie(cellKeys.nation, omradeKey);
		tie(omradeKey, lanKey);
		tie(lanKey, forbundKey);
		if (closeUp?.insatser && row.forbundId === closeUp.forbundId && row.insatsId !== null) {
			const insatsKey = cellKeys.insats(row.insatsId);
			addTo(insatsKey, row, row.forbundId);
			tie(forbundKey, insatsKey);
		}
	}
	const equationList: Equation[] = [...equations].map(([total, parts]) => ({
		total,
		parts: [...parts]
	}));
	for (const { question, rows } of closeUp?.breakdowns ?? []) {
		const parts = new Set<string>();
		for (const row of rows) {
			if (row.forbundId !== closeUp!.forbundId || row.sums.n === 0) continue;
			const groupKey = cellKeys.group(row.forbundId, question, row.group);
			addTo(groupKey, row, row.forbundId, true);
			parts.add(groupKey);
		}
		// A group = its background breakdown; a question of its own is its own equation.
		if (parts.size > 0) {
			equationList.push({ total: cellKeys.forbund(closeUp!.forbundId), parts: [...parts] });
		}
	}
	// The nation is also the sum of its förbund directly: the sharpest subtraction there is.
	const forbundKeys = [...cells.keys()].filter((k) => /^forbund:\d+$/.test(k));
	if (forbundKeys.length > 0) equationList.push({ total: cellKeys.nation, parts: forbundKeys });

	const cellList: CellInput<P>[] = [...cells].map(([key, cell]) => ({
		key,
		n: cell.sums.n,
		sum: cell.sums.sum,
		sumSquares: cell.sums.sumSquares,
		forbundId: cell.forbundId,
		breakdown: cell.breakdown,
		payload: cell.payload
	}));
	return { scale, cells: cellList, equations: equationList };
}
