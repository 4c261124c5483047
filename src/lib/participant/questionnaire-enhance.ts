/**
 * The questionnaire's only script, loaded async on a page that works without it: one screen of
 * a few statements at a time with progress, back and next; the answers kept through a reload
 * (drafts); the send that retries on a poor connection. Everything it shows is rendered by the
 * server in the participant's language (phrases in data attributes, buttons in a template), so
 * it carries no text and no framework. Bundled on its own (`?worker&url`), a few KB.
 */
import { fillPhrase } from '../instrument/text';
import { clearDraft, readDraft, writeDraft, type Draft } from './draft-storage';
import { sendWithRetry } from './send-with-retry';

function start(form: HTMLFormElement) {
	const config = form.dataset;
	const token = config.token ?? '';
	const language = config.language ?? '';
	const pageCount = Number(config.pages) || 1;
	const root = form.closest<HTMLElement>('.participant') ?? document.body;
	const intro = root.querySelector<HTMLElement>('.intro');
	const progress = form.querySelector<HTMLElement>('.progress')!;
	const background = form.querySelector<HTMLElement>('[data-background]');
	const statements = form.querySelector<HTMLElement>('[data-statements]')!;
	const actions = form.querySelector<HTMLElement>('.actions')!;
	const status = form.querySelector<HTMLElement>('.status')!;
	const submitButton = actions.querySelector<HTMLButtonElement>('button[type="submit"]')!;
	const submission = form.querySelector<HTMLInputElement>('input[name="submission"]')!;
	const template = form.querySelector<HTMLTemplateElement>('template[data-enhanced]')!;
	const parts = template.content.cloneNode(true) as DocumentFragment;
	const answersKept = parts.querySelector<HTMLElement>('.hint')!;
	const startOverButton = parts.querySelector<HTMLButtonElement>('[data-start-over]')!;
	const backButton = parts.querySelector<HTMLButtonElement>('[data-back]')!;
	const nextButton = parts.querySelector<HTMLButtonElement>('[data-next]')!;
	const title = document.title;
	const fieldsets = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset.answer-question')];
	const fieldName = (fieldset: HTMLFieldSetElement) =>
		fieldset.querySelector<HTMLInputElement>('input')?.name ?? '';
	// Background questions carry no page number: they are the first screen.
	const pageOf = (fieldset: HTMLFieldSetElement) => Number(fieldset.dataset.page ?? 0);
	const isBackgroundPage = () => !!background && current === 0;
	let current = 0;

	function answers(): Record<string, string> {
		const chosen: Record<string, string> = {};
		for (const [name, value] of new FormData(form)) {
			if (name !== 'submission' && typeof value === 'string') chosen[name] = value;
		}
		return chosen;
	}

	function fill(given: Record<string, string>) {
		for (const input of form.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
			input.checked = given[input.name] === input.value;
		}
	}

	function save() {
		const draft: Draft = { submissionId: submission.value, answers: answers(), page: current };
		writeDraft(token, language, draft);
		startOverButton.hidden = Object.keys(draft.answers).length === 0;
	}

	function headingOfPage(): HTMLElement | null {
		return (isBackgroundPage() ? background : statements)?.querySelector('h2') ?? null;
	}

	function show() {
		if (intro) intro.hidden = current !== 0;
		if (background) background.hidden = current !== 0;
		statements.hidden = isBackgroundPage();
		for (const fieldset of fieldsets) {
			if (fieldset.dataset.page !== undefined) fieldset.hidden = pageOf(fieldset) !== current;
		}
		progress.firstElementChild!.textContent = fillPhrase(config.pageOf ?? '', {
			page: current + 1,
			pages: pageCount
		});
		(progress.querySelector('.bar span') as HTMLElement).style.width =
			`${((current + 1) / pageCount) * 100}%`;
		progress.hidden = false;
		const shown: HTMLElement[] = [];
		if (current > 0) shown.push(backButton);
		shown.push(current < pageCount - 1 ? nextButton : submitButton);
		actions.replaceChildren(...shown);
	}

	function turnTo(page: number) {
		current = Math.max(0, Math.min(page, pageCount - 1));
		show();
		save();
		headingOfPage()?.focus();
		window.scrollTo({ top: 0 });
	}

	/** Client-side check of required statements, mirroring the server's. */
	function missing(page?: number): HTMLFieldSetElement[] {
		const chosen = answers();
		return fieldsets.filter(
			(fieldset) =>
				fieldset.dataset.required !== undefined &&
				(page === undefined || pageOf(fieldset) === page) &&
				!chosen[fieldName(fieldset)]
		);
	}

	function clearErrors() {
		root.querySelector('.error-summary')?.remove();
		for (const fieldset of fieldsets) {
			fieldset.querySelector('.answer-error')?.remove();
			fieldset.classList.remove('invalid');
			fieldset.removeAttribute('aria-describedby');
		}
		document.title = title.replace(`${config.summaryTitle ?? ''} – `, '');
	}

	function showErrors(invalid: HTMLFieldSetElement[]) {
		clearErrors();
		const message = config.requiredError ?? '';
		const summary = document.createElement('div');
		summary.className = 'error-summary';
		summary.setAttribute('role', 'alert');
		summary.tabIndex = -1;
		summary.setAttribute('aria-labelledby', 'error-summary-title');
		const heading = document.createElement('h2');
		heading.id = 'error-summary-title';
		heading.textContent = config.summaryTitle ?? '';
		const list = document.createElement('ul');
		for (const fieldset of invalid) {
			const error = document.createElement('p');
			error.className = 'answer-error';
			error.id = `${fieldset.id}-error`;
			error.textContent = message;
			fieldset.querySelector('legend')!.after(error);
			fieldset.classList.add('invalid');
			fieldset.setAttribute('aria-describedby', error.id);
			const link = document.createElement('a');
			link.href = `#${fieldset.id}-0`;
			link.textContent = `${labelOf(fieldset)} – ${message}`;
			list.append(document.createElement('li'));
			list.lastElementChild!.append(link);
		}
		summary.append(heading, list);
		form.before(summary);
		document.title = `${config.summaryTitle ?? ''} – ${title}`;
		if (invalid[0]) {
			current = pageOf(invalid[0]);
			show();
		}
		summary.focus();
	}

	/** "3. Statement text", as the server's summary words it: the legend without "(valfri)". */
	function labelOf(fieldset: HTMLFieldSetElement): string {
		const legend = fieldset.querySelector('legend')!.cloneNode(true) as HTMLElement;
		legend.querySelector('.optional')?.remove();
		return legend.textContent!.replace(/\s+/g, ' ').trim();
	}

	/** A summary link turns to the screen that holds its field first. */
	function jump(event: MouseEvent) {
		const link = (event.target as Element).closest?.('.error-summary a');
		const target = link && document.querySelector<HTMLInputElement>(link.getAttribute('href')!);
		const fieldset = target?.closest<HTMLFieldSetElement>('fieldset.answer-question');
		if (!target || !fieldset) return;
		event.preventDefault();
		current = pageOf(fieldset);
		show();
		target.focus();
	}

	/**
	 * A shared phone: the next person starts with nothing of the previous one's, and a new
	 * submission id. Only the server issues ids (signed tickets), so the page is loaded afresh.
	 */
	function startOver() {
		clearDraft(token, language);
		fill({});
		window.location.replace(window.location.pathname);
	}

	async function send(event: SubmitEvent) {
		event.preventDefault();
		const invalid = missing();
		if (invalid.length > 0) return showErrors(invalid);
		status.textContent = config.sending ?? '';
		submitButton.disabled = true;
		const answer = await sendWithRetry(form.action, new FormData(form), {
			attempts: 5,
			baseDelayMs: 1000,
			onRetry: () => (status.textContent = config.retrying ?? '')
		});
		if (answer?.type === 'redirect' && answer.location) {
			clearDraft(token, language);
			// The server's own redirect to the thank-you page; Back should not return to the form.
			window.location.replace(answer.location);
			return;
		}
		submitButton.disabled = false;
		if (answer?.type === 'failure') {
			// The server refused the answers (closed meanwhile, or a check the script does not
			// make): the plain post shows its page with the reasons. Nothing was stored, and the
			// same submission id keeps a repeat harmless.
			status.textContent = '';
			form.submit();
			return;
		}
		const failed = document.createElement('strong');
		failed.textContent = config.failed ?? '';
		status.replaceChildren(failed);
	}

	// Answers tapped before this script arrived are in the form already and win over a draft.
	const tapped = answers();
	const draft = readDraft(token, language);
	if (draft) {
		fill({ ...draft.answers, ...tapped });
		submission.value = draft.submissionId;
		current = Math.min(draft.page, pageCount - 1);
	}
	const serverErrors = fieldsets.filter((fieldset) => fieldset.querySelector('.answer-error'));
	if (serverErrors[0]) current = pageOf(serverErrors[0]);

	form.append(answersKept, startOverButton);
	show();
	save();
	form.addEventListener('change', save);
	form.addEventListener('submit', (event) => void send(event));
	root.addEventListener('click', jump);
	backButton.addEventListener('click', () => turnTo(current - 1));
	nextButton.addEventListener('click', () => {
		const invalid = missing(current);
		if (invalid.length > 0) return showErrors(invalid);
		clearErrors();
		turnTo(current + 1);
	});
	startOverButton.addEventListener('click', startOver);
	root.querySelector<HTMLElement>('.error-summary')?.focus();
}

function enhance() {
	const form = document.querySelector<HTMLFormElement>('form[data-questionnaire]');
	if (form) start(form);
}

// Loaded async: it may run before the rest of the page has been parsed.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhance);
else enhance();
