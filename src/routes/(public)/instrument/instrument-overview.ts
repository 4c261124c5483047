import type { Instrument } from '$lib/instrument/types';

/** What the public /instrument page shows: Swedish texts, and which statements measure what. */
export function instrumentOverview(instrument: Instrument) {
	const languageNames = new Map(instrument.languages.map((l) => [l.code, l.name]));
	const scale = instrument.scales[0]!;
	return {
		version: instrument.version,
		scale: {
			min: scale.min,
			max: scale.max,
			minLabel: scale.labels.min.sv ?? '',
			maxLabel: scale.labels.max.sv ?? '',
			dontKnow: scale.dontKnow.sv ?? ''
		},
		questionnaires: instrument.questionnaires.map((q) => ({
			key: q.key,
			title: q.title.sv ?? q.key,
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
			name: indicator.name.sv ?? indicator.code,
			description: indicator.description.sv ?? '',
			measuredIn: instrument.questionnaires
				.map((q) => ({
					key: q.key,
					title: q.title.sv ?? q.key,
					statements: q.statements
						.filter((s) => s.indicator === indicator.code)
						.map((s) => ({ key: s.key, text: s.text.sv ?? '' }))
				}))
				.filter((q) => q.statements.length > 0)
		}))
	};
}
