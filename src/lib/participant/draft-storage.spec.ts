import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { draftStorageKey } from '../round-link';
import { clearDraft, draftIdleMs, readDraft, writeDraft } from './draft-storage';

/** A sessionStorage of our own; the test environment has no browser. */
function fakeStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (key) => items.get(key) ?? null,
		key: (index) => [...items.keys()][index] ?? null,
		removeItem: (key) => void items.delete(key),
		setItem: (key, value) => void items.set(key, value)
	};
}

describe('participant drafts', () => {
	const globals = globalThis as { window?: unknown };
	const before = globals.window;
	beforeEach(() => {
		globals.window = { sessionStorage: fakeStorage() };
	});
	afterEach(() => {
		// Spec files share one module environment: put the global back as it was.
		globals.window = before;
	});

	const draft = { submissionId: 'id-1', answers: { 's.i01-respekt': '6' }, page: 2 };

	it('keeps a draft through a reload', () => {
		writeDraft('t', 'sv', draft, 1_000);
		expect(readDraft('t', 'sv', 1_000 + 60_000)).toEqual(draft);
	});

	it('drops a draft left alone for an hour, so the next person on a shared phone starts empty', () => {
		writeDraft('t', 'sv', draft, 1_000);
		expect(readDraft('t', 'sv', 1_000 + draftIdleMs + 1)).toBeUndefined();
		// And it is gone, not only hidden.
		expect(readDraft('t', 'sv', 1_000)).toBeUndefined();
	});

	it('drops a draft saved without a time (written before drafts expired)', () => {
		(globals.window as { sessionStorage: Storage }).sessionStorage.setItem(
			draftStorageKey('t', 'sv'),
			JSON.stringify(draft)
		);
		clearDraft('another-round', 'sv');
		expect(readDraft('t', 'sv')).toBeUndefined();
	});
});
