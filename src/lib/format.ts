/** sv-SE formatting used everywhere a number or date is shown: decimal comma, ISO dates. */
const locale = 'sv-SE';

const integerFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
const decimalFormats = new Map<number, Intl.NumberFormat>();

export function formatNumber(value: number, decimals = 0): string {
	if (decimals === 0) return integerFormat.format(value);
	let format = decimalFormats.get(decimals);
	if (!format) {
		format = new Intl.NumberFormat(locale, {
			minimumFractionDigits: decimals,
			maximumFractionDigits: decimals
		});
		decimalFormats.set(decimals, format);
	}
	return format.format(value);
}

/** A share in [0, 1] as a whole percent with a non-breaking space: "42 %". */
export function formatPercent(share: number, decimals = 0): string {
	return `${formatNumber(share * 100, decimals)}\u00a0%`;
}

const isoDateFormat = new Intl.DateTimeFormat(locale, {
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	timeZone: 'Europe/Stockholm'
});
const longDateFormat = new Intl.DateTimeFormat(locale, {
	year: 'numeric',
	month: 'long',
	day: 'numeric',
	timeZone: 'Europe/Stockholm'
});

/** "2026-11-22", the Swedish standard date, in Swedish time. */
export function formatDate(date: Date): string {
	return isoDateFormat.format(date);
}

/** "22 november 2026". */
export function formatDateLong(date: Date): string {
	return longDateFormat.format(date);
}

/** "1 förbund", "78 förbund"; Swedish nouns often share singular and plural, so both are given. */
export function formatCount(value: number, singular: string, plural: string): string {
	return `${formatNumber(value)} ${value === 1 ? singular : plural}`;
}

/** A wait as a person reads it: "1 sekund", "45 sekunder", then whole minutes, "1 minut", "5 minuter". */
export function formatWait(seconds: number): string {
	if (seconds < 60) return formatCount(seconds, 'sekund', 'sekunder');
	return formatCount(Math.ceil(seconds / 60), 'minut', 'minuter');
}
