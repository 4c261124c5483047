import { formatNumber } from '$lib/format';
import type { Change, Figure } from './types';

/** "+0,4" / "−0,3": a signed difference with the Swedish decimal comma and a real minus sign. */
export function formatDifference(value: number): string {
	const text = formatNumber(Math.abs(value), 1);
	if (text === '0,0') return '±0,0';
	return `${value > 0 ? '+' : '−'}${text}`;
}

/** The change between years in words: significance is said, never shown by colour alone. */
export function describeChange(change: Change | null): string {
	if (!change) return '';
	if (!change.significant)
		return `${formatDifference(change.difference)} (ingen säkerställd förändring)`;
	return `${formatDifference(change.difference)} (statistiskt säkerställd ${
		change.difference > 0 ? 'ökning' : 'minskning'
	})`;
}

/** The mean of a shown figure, or null: what a chart may draw. Hidden figures draw nothing. */
export function chartValue(figure: Figure): number | null {
	return figure.hidden ? null : figure.mean;
}

/** One sentence comparing an own series with the nation, counting only shown pairs. */
export function compareSentence(subject: string, pairs: { own: Figure; nation: Figure }[]): string {
	const shown = pairs.filter((p) => chartValue(p.own) !== null && chartValue(p.nation) !== null);
	if (shown.length === 0) return `${subject} har inga indikatorer som kan visas här.`;
	const above = shown.filter((p) => chartValue(p.own)! > chartValue(p.nation)!).length;
	const below = shown.filter((p) => chartValue(p.own)! < chartValue(p.nation)!).length;
	return `${subject} ligger över riket på ${above} och under riket på ${below} av de ${shown.length} indikatorer som visas.`;
}
