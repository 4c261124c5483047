/**
 * Keeps `<html lang dir>` on the questionnaire's language while a page is shown. The server sets
 * them on a full page load (hooks.server.ts); this covers navigation inside the app.
 */
export function useDocumentLanguage(language: () => { lang: string; dir: string }): void {
	$effect(() => {
		const html = document.documentElement;
		const previous = { lang: html.lang, dir: html.dir };
		const { lang, dir } = language();
		html.lang = lang;
		html.dir = dir;
		return () => {
			html.lang = previous.lang;
			html.dir = previous.dir;
		};
	});
}
