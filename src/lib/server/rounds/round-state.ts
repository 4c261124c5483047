export type RoundState = 'open' | 'not-yet-open' | 'closed';

export interface RoundDates {
	opensOn: string;
	closesOn: string;
	/** The round's year is locked by NNS: it takes nothing more, whatever its dates say. */
	locked?: boolean;
	/** Closed by its admin before its last day. */
	closedEarly?: boolean;
}

/** Open from the first to the last day inclusive, in Swedish calendar days, unless its year is locked. */
export function roundState(r: RoundDates, today: string): RoundState {
	if (r.locked || r.closedEarly) return 'closed';
	if (today < r.opensOn) return 'not-yet-open';
	if (today > r.closesOn) return 'closed';
	return 'open';
}
