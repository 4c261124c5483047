/**
 * SvelteKit checks the origin of form posts; this covers every other unsafe request (JSON
 * endpoints). A browser always sends Origin or Sec-Fetch-Site with such a request, so a request
 * from another site is refused, while tools without a browser (curl, monitoring) are not CSRF.
 */
export function isCrossSiteRequest(request: Request, url: URL): boolean {
	if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return false;
	const origin = request.headers.get('origin');
	if (origin) return origin !== url.origin;
	const site = request.headers.get('sec-fetch-site');
	return site === 'cross-site' || site === 'same-site';
}
