import type { Browser } from 'playwright-core';
import { newPage } from './browser';

export interface LoadedResource {
	url: string;
	type: string;
	/** The body as it crossed the wire: compressed when the server compressed it. */
	bodyBytes: number;
	headerBytes: number;
	contentEncoding: string | null;
	/** The decoded body, for checks on what a script contains. */
	body: string;
}

export interface PageBytes {
	/** Bodies and headers as transferred, every response the page loaded. */
	transferred: number;
	resources: LoadedResource[];
}

/**
 * Loads a page as a participant would on a phone with a cold cache and adds up the bytes the
 * server actually sent: each body as encoded on the wire (Chromium's own count) plus its
 * headers. Never re-compressed here, so a page the server sends uncompressed counts in full.
 */
export async function pageBytes(
	browser: Browser,
	url: string,
	ready: string | undefined = undefined
): Promise<PageBytes> {
	const { context, page } = await newPage(browser, 'phone');
	const pending: Promise<LoadedResource>[] = [];
	page.on('requestfinished', (request) => {
		pending.push(
			(async () => {
				const response = await request.response();
				const sizes = await request.sizes();
				const body = await response?.body().catch(() => Buffer.alloc(0));
				return {
					url: request.url(),
					type: request.resourceType(),
					bodyBytes: sizes.responseBodySize,
					headerBytes: sizes.responseHeadersSize,
					contentEncoding: (await response?.headerValue('content-encoding')) ?? null,
					body: body?.toString('utf8') ?? ''
				};
			})()
		);
	});
	try {
		await page.goto(url, { waitUntil: 'networkidle' });
		if (ready) await page.waitForSelector(ready);
		const resources = await Promise.all(pending);
		return {
			transferred: resources.reduce((sum, r) => sum + r.bodyBytes + r.headerBytes, 0),
			resources
		};
	} finally {
		await context.close();
	}
}
