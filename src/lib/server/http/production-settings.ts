/**
 * What a production start needs, as Swedish sentences for the start-up log; empty when fine.
 * Without an https ORIGIN behind a proxy the session cookie loses `Secure` and `__Host-`, and
 * form posts are checked against the wrong origin.
 */
export function productionSettingProblems(env: Record<string, string | undefined>): string[] {
	if (env.NODE_ENV !== 'production') return [];
	const problems: string[] = [];
	if (!env.ORIGIN?.startsWith('https://')) {
		problems.push(
			'ORIGIN måste vara plattformens publika https-adress, t.ex. https://indikatorer.example.se.'
		);
	}
	return problems;
}
