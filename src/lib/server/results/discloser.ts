import {
	disclose,
	type Audience,
	type DisclosedTable,
	type TableInput,
	type Thresholds
} from '../disclosure';

/**
 * Discloses one table of a results page or report, named by an id that stays the same between
 * compilations (`<questionnaire>:<measure>:<year>`), so that a report edition can hand each table
 * the figures an earlier edition published. `empty` is the payload of a cell with no answers.
 */
export type TableDiscloser = <P>(id: string, table: TableInput<P>, empty: P) => DisclosedTable<P>;

/** Every table seen by one audience, with nothing published before. */
export function plainDiscloser(audience: Audience, thresholds: Thresholds): TableDiscloser {
	return (_id, table) => disclose(table, audience, thresholds);
}
