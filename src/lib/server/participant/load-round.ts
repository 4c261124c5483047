import { error } from '@sveltejs/kit';
import type { Db } from '../db/connect';
import { findParticipantRound, type ParticipantRound } from '../db/rounds';
import { roundState } from '../rounds/round-state';
import { stockholmToday } from '../../dates';

export const unknownLinkMessage =
	'Länken fungerar inte. Kontrollera att hela länken kom med, eller skriv in enkätkoden från affischen.';

/** The round behind a participant link, or the kind 404 page. */
export async function loadRound(db: Db, token: string) {
	const round = await findParticipantRound(db, token);
	if (!round) error(404, unknownLinkMessage);
	return { round, state: roundState(round, stockholmToday()) };
}

export function offersLanguage(round: ParticipantRound, language: string): boolean {
	return round.languages.includes(language);
}

/** Participant pages are never cached: each render carries its own submission id. */
export const noStore = { 'cache-control': 'no-store' };
