/** Minimum respondents for a cell to be shown; settings held by NNS and passed in, never constants. */
export interface Thresholds {
	outside: number;
	inside: number;
	breakdown: number;
}

/** The thresholds the brief starts from; the live values come from NNS settings. */
export const defaultThresholds: Thresholds = { outside: 5, inside: 3, breakdown: 5 };

/** Who will read the table: anyone outside, or the admins and readers of one förbund. */
export type Audience = { kind: 'outside' } | { kind: 'inside'; forbundId: number };

/** The answer scale, e.g. 1..7. */
export interface Scale {
	min: number;
	max: number;
}

export interface CellInput<P = unknown> {
	/** Unique within the table, e.g. 'nation', 'lan:Skåne', 'forbund:12', 'forbund:12|kon:kvinna'. */
	key: string;
	/** Respondents (or respondent scores) in the cell. */
	n: number;
	/** Σx */
	sum: number;
	/** Σx² */
	sumSquares: number;
	/** The förbund the cell belongs to; null for nation, område and län. */
	forbundId: number | null;
	/** A background-question group: the breakdown threshold applies, inside too. */
	breakdown?: boolean;
	/**
	 * A cell whose state an earlier edition decided and published, so it cannot change now: a
	 * fixed hidden cell is hidden from the start (reason 'few' under its threshold, else
	 * 'complement'), a fixed shown cell is never hidden by any rule. The rules then protect the
	 * other cells around them (see `withEarlierEditions`).
	 */
	fixed?: 'shown' | 'hidden';
	/** Opaque extra data (e.g. the distribution), returned only for published cells. */
	payload: P;
}

/** total = Σ parts (keys); n, sum and sumSquares add up. */
export interface Equation {
	total: string;
	parts: string[];
	/**
	 * When the equation needs one more hidden cell, hide the total before any part. For an
	 * edition's equation current = earlier + late: hiding the current cell keeps the earlier
	 * edition's pattern, while hiding the late cell would move the unknown into the late layer,
	 * whose totals then pull the län, område and nation after it.
	 */
	totalFirst?: boolean;
}

export interface TableInput<P = unknown> {
	scale: Scale;
	cells: CellInput<P>[];
	equations: Equation[];
}

export type HiddenReason = 'few' | 'complement';

export type DisclosedCell<P> =
	| { key: string; hidden: false; n: number; sum: number; sumSquares: number; payload: P }
	| { key: string; hidden: true; reason: HiddenReason };

/** Switches for tests that prove the audit catches a module without a rule. Production uses all. */
export interface DiscloseOptions {
	complementary: boolean;
	insider: boolean;
	extreme: boolean;
}

export const allRules: DiscloseOptions = { complementary: true, insider: true, extreme: true };

/** The SCB and Kolada mark for a hidden figure. */
export const hiddenMark = '..';

/** Said to screen readers in place of a hidden figure (the UI is Swedish). */
export const hiddenReasonText = 'För få svar för att visas';
