/** Swedish labels for the register's codes; safe to use in the browser. */
export const lanNames = [
	'Blekinge',
	'Dalarna',
	'Gotland',
	'Gävleborg',
	'Halland',
	'Jämtland',
	'Jönköping',
	'Kalmar',
	'Kronoberg',
	'Norrbotten',
	'Skåne',
	'Stockholm',
	'Södermanland',
	'Uppsala',
	'Värmland',
	'Västerbotten',
	'Västernorrland',
	'Västmanland',
	'Västra Götaland',
	'Örebro',
	'Östergötland'
] as const;

export const omradeLabels = { nord: 'Nord', syd: 'Syd', öst: 'Öst', väst: 'Väst' } as const;

export const roleLabels = { admin: 'Administratör', reader: 'Läsare' } as const;

export const parterLabels = {
	forsakringskassan: 'Försäkringskassan',
	arbetsformedlingen: 'Arbetsförmedlingen',
	region: 'Region',
	kommun: 'Kommun'
} as const;

export const insatsTypLabels = {
	individ: 'Individinriktad',
	struktur: 'Strukturinriktad'
} as const;

export function options<T extends Record<string, string>>(labels: T) {
	return Object.entries(labels).map(([value, label]) => ({ value, label }));
}

export const sourceLabels = { web: 'Webb', paper: 'Papper' } as const;

export const roundStateLabels = {
	open: 'Öppen',
	'not-yet-open': 'Inte öppnad än',
	closed: 'Stängd'
} as const;

/** Kinds of change in the audit log, for its filter; each is a group of actions. */
export const auditKindLabels = {
	round: 'Omgångar',
	paper: 'Pappersinmatning',
	insats: 'Insatser',
	user: 'Användare',
	forbund: 'Förbund',
	settings: 'Inställningar',
	year: 'Låsta år',
	// Written by the national report and the answers export (on main since this filter was made).
	report: 'Rapporter',
	answers: 'Export av svar'
} as const;
export type AuditKind = keyof typeof auditKindLabels;
