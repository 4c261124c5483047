/**
 * No Svelte client runtime on the participant path: participants answer on old phones over poor
 * networks, and 40 KB of framework for pages of links, one text field and a form costs them more
 * than it gives. Every page here is complete as HTML; the questionnaire alone loads one small
 * script of its own for paging, drafts and the send that retries (see `questionnaire-enhance.ts`).
 * Forms therefore post natively instead of through `use:enhance`.
 */
export const csr = false;
