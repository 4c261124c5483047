import type { InsatsTyp, Part } from '../db/schema';
import type { Random } from './random';

/** Fictional insats names in the style förbund use; no real insats is named. */
const individNames = [
	'Steg för steg',
	'Vägen vidare',
	'Unga in',
	'Kompassen',
	'Hälsa och arbete',
	'Språkstegen',
	'Nya steg',
	'Ung framtid',
	'Jobbverkstan',
	'Arbetslivsresursen',
	'Motivationslyftet',
	'Samverkansteamet',
	'Trappan',
	'Fokus arbete',
	'Startpunkten',
	'Lotsen'
] as const;

const strukturNames = [
	'Kompetens i samverkan',
	'Gemensam kartläggning',
	'Metodstöd för handläggare',
	'Lokal samverkansgrupp'
] as const;

export interface DemoInsats {
	name: string;
	typ: InsatsTyp;
	parter: Part[];
	startYear: number;
	endYear: number | null;
}

export function demoInsatser(random: Random, currentYear: number): DemoInsats[] {
	const individ = random.sample(individNames, random.int(2, 4)).map((name): DemoInsats => ({
		name,
		typ: 'individ',
		// Kommun takes part in nearly every individinriktad insats; the others vary.
		parter: [
			'kommun',
			...random.sample(
				['forsakringskassan', 'arbetsformedlingen', 'region'] as const,
				random.int(1, 3)
			)
		],
		startYear: currentYear - random.int(1, 5),
		endYear: random.chance(0.15) ? currentYear - 1 : null
	}));
	const struktur = random.chance(0.5)
		? [
				{
					name: random.pick(strukturNames),
					typ: 'struktur' as const,
					parter: ['forsakringskassan', 'arbetsformedlingen', 'region', 'kommun'] as Part[],
					startYear: currentYear - random.int(0, 3),
					endYear: null
				}
			]
		: [];
	return [...individ, ...struktur];
}
