export { disclose, isDisclosedTable, type DisclosedTable } from './disclose';
export {
	defaultThresholds,
	hiddenMark,
	hiddenReasonText,
	type Audience,
	type CellInput,
	type DisclosedCell,
	type Equation,
	type HiddenReason,
	type Scale,
	type TableInput,
	type Thresholds
} from './types';
