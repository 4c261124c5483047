import { deserialize } from '$app/forms';
import type { ActionResult } from '@sveltejs/kit';

export interface RetryOptions {
	attempts: number;
	/** Waits before each retry: 1 s, 2 s, 4 s … */
	baseDelayMs: number;
	onRetry?: (attempt: number) => void;
}

/**
 * Posts a form action and retries when the network fails. Safe because every post carries the
 * same submission id: the server stores it once however often it arrives.
 */
export async function sendWithRetry(
	action: string,
	body: FormData,
	{ attempts, baseDelayMs, onRetry }: RetryOptions
): Promise<ActionResult | undefined> {
	for (let attempt = 0; attempt < attempts; attempt++) {
		if (attempt > 0) {
			onRetry?.(attempt);
			await new Promise((r) => setTimeout(r, baseDelayMs * 2 ** (attempt - 1)));
		}
		try {
			const response = await fetch(action, {
				method: 'POST',
				body,
				headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
			});
			return deserialize(await response.text());
		} catch {
			// Network failure: try again.
		}
	}
	return undefined;
}
