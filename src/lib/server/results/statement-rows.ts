import type { StatementRow } from '$lib/results/types';
import { localize } from '$lib/instrument/text';
import type { Questionnaire } from '$lib/instrument/types';
import type { StatementCountRow } from '../db/statistics';
import type { TableDiscloser } from './discloser';
import { countsAdditive, figureOf, type ScaleInfo } from './figures';
import { buildGroupTable, cellKeys, type RegisterEntry } from './group-tables';
import { measureKey, statementGroups } from './measures';

/**
 * Every statement of a questionnaire in one year, each its own table through the disclosure
 * module: the distribution, mean and CI of `ownKey` (a förbund, an insats or the nation)
 * beside the nation's.
 */
export function statementRows(
	rows: StatementCountRow[],
	context: {
		questionnaire: Questionnaire;
		year: number;
		register: Map<number, RegisterEntry>;
		scaleOf: (statementKey: string) => ScaleInfo;
		discloseTable: TableDiscloser;
		ownKey: string;
		closeUp?: { forbundId: number; insatser: boolean };
	}
): StatementRow[] {
	const groups = statementGroups(rows, context.scaleOf);
	return context.questionnaire.statements.map((statement) => {
		const scale = context.scaleOf(statement.key);
		const additive = countsAdditive(scale);
		const table = context.discloseTable(
			`${context.questionnaire.key}:${statement.key}:${context.year}`,
			buildGroupTable(
				groups.get(measureKey(statement.key, context.year)) ?? [],
				context.register,
				additive,
				scale,
				context.closeUp && { ...context.closeUp, breakdowns: [] }
			),
			additive.empty()
		);
		return {
			key: statement.key,
			text: localize(statement.text, 'sv'),
			indicator: statement.indicator,
			own: figureOf(table, context.ownKey, scale, (counts) => counts),
			nation: figureOf(table, cellKeys.nation, scale, (counts) => counts)
		};
	});
}
