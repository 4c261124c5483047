import type { Localized } from './types';

/**
 * Text in the wanted language; Swedish, the source, when a text has no translation; `fallback`
 * (e.g. the questionnaire's key) when it has no Swedish either.
 */
export function localize(text: Localized, language: string, fallback = ''): string {
	return text[language] ?? text.sv ?? fallback;
}

// `{n, plural, one {# minut} other {# minuter}}`: the ICU form translators know. Each choice is
// plain text without nested braces; `#` stands for the number.
const pluralPattern =
	/\{(\w+),\s*plural,((?:\s*(?:zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const choicePattern = /(zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

/**
 * Fills an interface phrase: `{name}` placeholders, and plural choices picked by the language's
 * own rules (`Intl.PluralRules`), so that Arabic says 5 دقائق for five minutes and دقيقة for eleven,
 * and Swedish "1 minut" but "5 minuter". A phrase without a choice for the rule's category uses
 * `other`.
 */
export function fillPhrase(
	phrase: string,
	values: Record<string, string | number>,
	language = 'sv'
): string {
	const withPlurals = phrase.replace(pluralPattern, (match, name: string, body: string) => {
		const value = values[name];
		if (typeof value !== 'number') return match;
		const choices = new Map([...body.matchAll(choicePattern)].map((m) => [m[1]!, m[2]!]));
		const category = pluralRules(language).select(value);
		const text = choices.get(category) ?? choices.get('other') ?? '';
		return text.replaceAll('#', String(value));
	});
	return withPlurals.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in values ? String(values[name]) : match
	);
}

const rulesByLanguage = new Map<string, Intl.PluralRules>();

/** One `Intl.PluralRules` per language, built once: it is not cheap to build on every call. */
function pluralRules(language: string): Intl.PluralRules {
	let rules = rulesByLanguage.get(language);
	if (!rules) {
		// `lattlast` (easy Swedish) and other codes of our own fall back to Swedish rules.
		const locale = Intl.PluralRules.supportedLocalesOf(language).length > 0 ? language : 'sv';
		rules = new Intl.PluralRules(locale);
		rulesByLanguage.set(language, rules);
	}
	return rules;
}
