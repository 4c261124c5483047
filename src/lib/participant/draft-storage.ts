import { draftStorageKey } from '../round-link';

/** What survives a reload or a lost connection until the answers are sent. */
export interface Draft {
	submissionId: string;
	answers: Record<string, string>;
	page: number;
}

function storage(): Storage | undefined {
	try {
		return window.sessionStorage;
	} catch {
		// Storage can be switched off; the form still works, it just forgets on reload.
		return undefined;
	}
}

export function readDraft(token: string, language: string): Draft | undefined {
	const raw = storage()?.getItem(draftStorageKey(token, language));
	if (!raw) return undefined;
	try {
		const draft = JSON.parse(raw) as Partial<Draft>;
		if (typeof draft.submissionId !== 'string' || typeof draft.answers !== 'object')
			return undefined;
		return {
			submissionId: draft.submissionId,
			answers: draft.answers ?? {},
			page: draft.page ?? 0
		};
	} catch {
		return undefined;
	}
}

export function writeDraft(token: string, language: string, draft: Draft): void {
	try {
		storage()?.setItem(draftStorageKey(token, language), JSON.stringify(draft));
	} catch {
		// A full or blocked storage must never stop the participant from answering.
	}
}

export function clearDraft(token: string, language: string): void {
	storage()?.removeItem(draftStorageKey(token, language));
}
