import { disclose, type Thresholds } from '../disclosure';

/**
 * Answers by language, as the round page may show them: only when every language with answers
 * reaches the breakdown threshold. Otherwise the counts would tell the admin, reload by reload,
 * when the one Tigrinya speaker answered. Zeros are shown: they point to nobody.
 */
export function languageCounts(
	forbundId: number,
	byLanguage: Record<string, number>,
	thresholds: Thresholds
): Record<string, number> | null {
	const entries = Object.entries(byLanguage).filter(([, n]) => n > 0);
	const total = entries.reduce((sum, [, n]) => sum + n, 0);
	if (total === 0) return {};
	// Counts carry no answer values: every cell sits at the middle of a unit scale, so that the
	// rules on sums stay neutral and only the counts decide.
	const middle = (n: number) => ({ sum: n / 2, sumSquares: n / 4 });
	const table = disclose(
		{
			scale: { min: 0, max: 1 },
			cells: [
				{ key: 'total', n: total, ...middle(total), forbundId, payload: null },
				...entries.map(([language, n]) => ({
					key: `språk:${language}`,
					n,
					...middle(n),
					forbundId,
					breakdown: true,
					payload: null
				}))
			],
			equations: [{ total: 'total', parts: entries.map(([language]) => `språk:${language}`) }]
		},
		{ kind: 'inside', forbundId },
		thresholds
	);
	const shown: Record<string, number> = {};
	for (const [language] of entries) {
		const cell = table.cell(`språk:${language}`);
		if (!cell || cell.hidden) return null;
		shown[language] = cell.n;
	}
	return shown;
}
