import { draftStorageKey } from '../round-link';

/** What survives a reload or a lost connection until the answers are sent. */
export interface Draft {
	submissionId: string;
	answers: Record<string, string>;
	page: number;
}

/**
 * A draft left alone this long is dropped: on a shared phone the next person must not find the
 * previous one's answers (or send under their submission id). Kept only on the device.
 */
export const draftIdleMs = 60 * 60 * 1000;

interface StoredDraft extends Draft {
	savedAt: number;
}

function storage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		// Storage can be switched off; the form still works, it just forgets on reload.
		return undefined;
	}
}

export function readDraft(token: string, language: string, now = Date.now()): Draft | undefined {
	const raw = storage()?.getItem(draftStorageKey(token, language));
	if (!raw) return undefined;
	try {
		const draft = JSON.parse(raw) as Partial<StoredDraft>;
		if (typeof draft.submissionId !== 'string' || typeof draft.answers !== 'object')
			return undefined;
		if (typeof draft.savedAt !== 'number' || now - draft.savedAt > draftIdleMs) {
			clearDraft(token, language);
			return undefined;
		}
		return {
			submissionId: draft.submissionId,
			answers: draft.answers ?? {},
			page: draft.page ?? 0
		};
	} catch {
		return undefined;
	}
}

export function writeDraft(token: string, language: string, draft: Draft, now = Date.now()): void {
	try {
		const stored: StoredDraft = { ...draft, savedAt: now };
		storage()?.setItem(draftStorageKey(token, language), JSON.stringify(stored));
	} catch {
		// A full or blocked storage must never stop the participant from answering.
	}
}

export function clearDraft(token: string, language: string): void {
	try {
		storage()?.removeItem(draftStorageKey(token, language));
	} catch {
		// Nothing to clear when storage is blocked.
	}
}
