/**
 * Keyboard entry of paper forms: Enter moves to the next field instead of sending the form, and
 * sends it from the last one. Without JavaScript, Enter simply sends the form.
 */
function moveOnEnter(event: KeyboardEvent) {
	const field = event.target;
	if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
	if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement)) return;
	const form = field.form;
	if (!form) return;
	const fields = [...form.elements].filter(
		(element): element is HTMLInputElement | HTMLSelectElement =>
			(element instanceof HTMLInputElement && element.type !== 'hidden') ||
			element instanceof HTMLSelectElement
	);
	const next = fields[fields.indexOf(field) + 1];
	event.preventDefault();
	if (next) next.focus();
	else form.requestSubmit();
}

/** The same as a Svelte action on a form. */
export function enterMovesOn(form: HTMLFormElement) {
	form.addEventListener('keydown', moveOnEnter);
	return { destroy: () => form.removeEventListener('keydown', moveOnEnter) };
}
