import type { IndicatorSumRow, StatementCountRow } from '../db/statistics';
import { sumsOfCounts, type Counts, type ScaleInfo } from './figures';
import type { GroupSums } from './group-tables';

/** `measure|year` → its groups. */
export type GroupsByMeasure<P> = Map<string, GroupSums<P>[]>;

export const measureKey = (measure: string, year: number) => `${measure}|${year}`;

function addGroup<P>(groups: GroupsByMeasure<P>, key: string, group: GroupSums<P>): void {
	const list = groups.get(key) ?? [];
	list.push(group);
	groups.set(key, list);
}

/** Statement answers per value, gathered into one distribution per group. */
export function statementGroups(
	rows: StatementCountRow[],
	scaleOf: (statementKey: string) => ScaleInfo | undefined
): GroupsByMeasure<Counts> {
	const byGroup = new Map<string, { row: StatementCountRow; counts: Counts; scale: ScaleInfo }>();
	for (const row of rows) {
		const scale = scaleOf(row.statementKey);
		if (!scale || row.value < scale.min || row.value > scale.max) continue;
		const key = [row.statementKey, row.year, row.forbundId, row.insatsId, row.group].join('|');
		const entry = byGroup.get(key) ?? {
			row,
			counts: new Array<number>(scale.max - scale.min + 1).fill(0),
			scale
		};
		entry.counts[row.value - scale.min]! += row.n;
		byGroup.set(key, entry);
	}
	const result: GroupsByMeasure<Counts> = new Map();
	for (const { row, counts, scale } of byGroup.values()) {
		addGroup(result, measureKey(row.statementKey, row.year), {
			forbundId: row.forbundId,
			insatsId: row.insatsId,
			group: row.group,
			sums: sumsOfCounts(counts, scale.min),
			payload: counts
		});
	}
	return result;
}

export function indicatorGroups(rows: IndicatorSumRow[]): GroupsByMeasure<null> {
	const result: GroupsByMeasure<null> = new Map();
	for (const row of rows) {
		addGroup(result, measureKey(row.indicator, row.year), {
			forbundId: row.forbundId,
			insatsId: row.insatsId,
			group: row.group,
			sums: { n: row.n, sum: row.sum, sumSquares: row.sumSquares },
			payload: null
		});
	}
	return result;
}
