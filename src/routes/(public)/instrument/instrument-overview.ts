import type { Instrument } from '$lib/instrument/types';
import { localize } from '$lib/instrument/text';

/** What the public /instrument page shows: Swedish texts, and which statements measure what. */
export function instrumentOverview(instrument: Instrument) {
	const languageNames = new Map(instrument.languages.map((l) => [l.code, l.name]));
	const scale = instrument.scales[0]!;
	return {
		version: instrument.version,
		scale: {
			min: scale.min,
			max: scale.max,
			minLabel: localize(scale.labels.min, 'sv'),
			maxLabel: localize(scale.labels.max, 'sv'),
			dontKnow: localize(scale.dontKnow, 'sv')
		},
		questionnaires: instrument.questionnaires.map((q) => ({
			key: q.key,
			title: localize(q.title, 'sv', q.key),
			version: q.version,
			statementCount: q.statements.length,
			languages: Object.entries(q.languages).map(([code, status]) => ({
				code,
				name: languageNames.get(code) ?? code,
				draft: status === 'draft'
			}))
		})),
		indicators: instrument.indicators.map((indicator) => ({
			code: indicator.code,
			name: localize(indicator.name, 'sv', indicator.code),
			description: localize(indicator.description, 'sv'),
			measuredIn: instrument.questionnaires
				.map((q) => ({
					key: q.key,
					title: localize(q.title, 'sv', q.key),
					statements: q.statements
						.filter((s) => s.indicator === indicator.code)
						.map((s) => ({ key: s.key, text: localize(s.text, 'sv') }))
				}))
				.filter((q) => q.statements.length > 0)
		}))
	};
}
