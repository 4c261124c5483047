export interface RetryOptions {
	attempts: number;
	/** Waits before each retry: 1 s, 2 s, 4 s … */
	baseDelayMs: number;
	onRetry?: (attempt: number) => void;
}

/**
 * The envelope of a SvelteKit action's JSON answer. Its `data` (devalue-encoded) is left unread:
 * the questionnaire needs only to know whether it may go on to `location`.
 */
export interface ActionAnswer {
	type: 'success' | 'failure' | 'redirect' | 'error';
	status?: number;
	location?: string;
}

/**
 * Posts a form action and retries when the network fails. Safe because every post carries the
 * same submission id: the server stores it once however often it arrives.
 */
export async function sendWithRetry(
	action: string,
	body: FormData,
	{ attempts, baseDelayMs, onRetry }: RetryOptions
): Promise<ActionAnswer | undefined> {
	for (let attempt = 0; attempt < attempts; attempt++) {
		if (attempt > 0) {
			onRetry?.(attempt);
			await new Promise((r) => setTimeout(r, baseDelayMs * 2 ** (attempt - 1)));
		}
		let response: Response;
		try {
			response = await fetch(action, {
				method: 'POST',
				body,
				headers: { accept: 'application/json', 'x-sveltekit-action': 'true' }
			});
		} catch {
			// Network failure: try again.
			continue;
		}
		try {
			return (await response.json()) as ActionAnswer;
		} catch {
			// A reply cut off on the way, or a proxy's error page: as good as no reply.
		}
	}
	return undefined;
}
