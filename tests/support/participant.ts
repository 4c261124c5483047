import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { shippedInstrument } from './builders';

export const pagaende = shippedInstrument.questionnaires.find(
	(q) => q.key === 'deltagare-pagaende'
)!;
export const requiredStatements = pagaende.statements.filter((s) => s.required);

/** The value a test gives statement `index`: a spread over the scale, and "vet inte" on the 3rd. */
export function chosenValue(index: number): string {
	return index === 2 ? 'vet-inte' : String((index % 7) + 1);
}

/** Answers every statement and background question visible now. */
export async function answerVisible(page: Page): Promise<void> {
	const names = await page
		.locator('fieldset.answer-question:visible input[type="radio"]')
		.evaluateAll((inputs) => [...new Set(inputs.map((i) => (i as HTMLInputElement).name))]);
	for (const name of names) {
		if (name.startsWith('bg.')) {
			await page.locator(`input[name="${name}"]`).first().check();
			continue;
		}
		const index = pagaende.statements.findIndex((s) => `s.${s.key}` === name);
		await page.locator(`input[name="${name}"][value="${chosenValue(index)}"]`).check();
	}
}

/** The submission id the questionnaire form will send (stored with the response). */
export function submissionId(page: Page): Promise<string> {
	return page.locator('input[name="submission"]').inputValue();
}

/** Walks the enhanced questionnaire page by page and sends it; returns the submission id sent. */
export async function answerWithJavaScript(page: Page): Promise<string> {
	// Until hydration every field shows at once; paging starts when the progress bar appears.
	await page.waitForSelector('.progress');
	for (let guard = 0; guard < 20; guard++) {
		await answerVisible(page);
		const next = page.locator('.actions button[type="button"]:not(.button-secondary)');
		if ((await next.count()) === 0) break;
		const progress = await page.locator('.progress').textContent();
		await next.click();
		await page.waitForFunction(
			(before) => document.querySelector('.progress')?.textContent !== before,
			progress
		);
	}
	const id = await submissionId(page);
	await page.locator('.actions button[type="submit"]').click();
	return id;
}

/**
 * The submission ticket the server issues with the questionnaire page, as a participant's browser
 * gets it: only the server can make one (issue 13.11).
 */
export async function ticketFor(url: string, token: string, language = 'sv'): Promise<string> {
	const page = await fetch(`${url}/e/${token}/${language}`);
	const html = await page.text();
	const ticket = /name="submission" value="([^"]+)"/.exec(html)?.[1];
	if (!ticket) throw new Error(`no submission ticket on /e/${token}/${language} (${page.status})`);
	return ticket;
}

/** A complete, valid post of the questionnaire as the plain HTML form sends it. */
export function validBody(submissionId: string = randomUUID()): URLSearchParams {
	const body = new URLSearchParams({ submission: submissionId });
	requiredStatements.forEach((s) => body.set(`s.${s.key}`, '4'));
	return body;
}

/** Posts to a form action as a browser without JavaScript would (SvelteKit checks Origin). */
export function postForm(
	url: string,
	action: string,
	body: BodyInit,
	contentType?: string,
	headers: Record<string, string> = {}
) {
	return fetch(`${url}${action}`, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: {
			origin: url,
			accept: 'text/html',
			...(contentType ? { 'content-type': contentType } : {}),
			...headers
		}
	});
}
