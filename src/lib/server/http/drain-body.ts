/**
 * Reads and drops what is left of a request body the app did not read: a form refused by a
 * guard, a locked year or a wrong type before its body was looked at. Answering over unread bytes
 * makes Node reset the kept-alive connection, and the sender's next request on it fails with a
 * connection error instead of a page (found by tests/actions.fuzz.e2e.ts). adapter-node's
 * BODY_SIZE_LIMIT bounds the reading; nothing of it is kept.
 */
export async function drainUnreadBody(request: Request): Promise<void> {
	if (!request.body || request.bodyUsed) return;
	const reader = request.body.getReader();
	try {
		while (!(await reader.read()).done) {
			// dropped
		}
	} catch {
		// The sender went away or passed the server's limit: there is nothing left to protect.
	}
}
