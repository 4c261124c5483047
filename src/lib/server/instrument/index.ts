import type { Instrument, Questionnaire } from '../../instrument/types';
import { loadInstrument } from './load-instrument';

let current: Instrument | undefined;

/** The current instrument, read from surveys/ once (at start-up) and kept in memory. */
export function getInstrument(): Instrument {
	current ??= loadInstrument();
	return current;
}

export function findQuestionnaire(key: string): Questionnaire | undefined {
	return getInstrument().questionnaires.find((q) => q.key === key);
}
