import { error } from '@sveltejs/kit';
import { requireNnsAdmin } from '$lib/server/auth/access';
import { EditionConflict } from '$lib/server/disclosure/editions';
import { db } from '$lib/server/db';
import { findReportDraft, reportEditionCells } from '$lib/server/db/reports';
import { getSettings } from '$lib/server/db/settings';
import { getInstrument } from '$lib/server/instrument';
import { compileReport, type EditionCells } from '$lib/server/reports/compile';
import { thresholdsOf } from '$lib/server/results/results-query';
import type { PageServerLoad } from './$types';

export const load = (async (event) => {
	requireNnsAdmin(event);
	const year = Number(event.params.year);
	const [texts, earlier, settings] = await Promise.all([
		findReportDraft(db, year),
		reportEditionCells(db, year),
		getSettings(db)
	]);
	// Compiled as the next edition would be, against the editions already published.
	try {
		const { content } = await compileReport(db, getInstrument(), thresholdsOf(settings), {
			year,
			texts,
			earlier: earlier as EditionCells[],
			edition: null,
			publishedOn: null,
			note: null
		});
		return { content };
	} catch (failure) {
		if (failure instanceof EditionConflict) {
			error(
				409,
				'Svar som fanns i den publicerade utgåvan saknas nu eller har ändrats, så en ny utgåva kan inte räknas fram.'
			);
		}
		throw failure;
	}
}) satisfies PageServerLoad;
