import { count } from 'drizzle-orm';
import type { Instrument } from '$lib/instrument/types';
import type { Db } from '../db/connect';
import { saveReportDraft } from '../db/reports';
import { reportEdition } from '../db/schema';
import { getSettings } from '../db/settings';
import { publishReport } from '../reports/publish';
import { thresholdsOf } from '../results/results-query';

/** The NNS admin the demo reports are published by (the first demo account). */
export interface DemoPublisher {
	id: number;
	name: string;
}

/**
 * Shows a newcomer the whole report cycle: last year's report published in March (and a
 * correction edition in April), this year's as a draft with its foreword. Publishing locks last
 * year, as it would for real. Does nothing once any edition exists.
 */
export async function seedDemoReportsIfEmpty(
	db: Db,
	currentYear: number,
	instrument: Instrument,
	publisher: DemoPublisher,
	today: string
): Promise<boolean> {
	const [existing] = await db.select({ n: count() }).from(reportEdition);
	if ((existing?.n ?? 0) > 0) return false;
	const lastYear = currentYear - 1;
	// Spring dates, or today early in the year: an edition is never dated in the future.
	const dated = (date: string) => (date < today ? date : today);
	const thresholds = thresholdsOf(await getSettings(db));
	const comments = {
		deltagande: 'Fler förbund än förra året har använt deltagarenkäten under hela året.',
		metod: 'Alla svar är påhittade: det här är plattformens demonstrationsdata.'
	};
	await saveReportDraft(db, lastYear, {
		foreword: `Det här är en påhittad rapport för ${lastYear}, gjord av plattformens demonstrationsdata.\n\nDen visar hur en rapport ser ut när NNS har publicerat den.`,
		comments
	});
	await publishReport(db, instrument, thresholds, {
		year: lastYear,
		note: null,
		today: dated(`${currentYear}-03-16`),
		actor: publisher
	});
	await saveReportDraft(db, lastYear, {
		foreword: `Det här är en påhittad rapport för ${lastYear}, gjord av plattformens demonstrationsdata.\n\nDen visar hur en rapport ser ut när NNS har publicerat den och sedan rättat den.`,
		comments: {
			...comments,
			deltagande: 'Lika många förbund som förra året har använt deltagarenkäten under hela året.'
		}
	});
	await publishReport(db, instrument, thresholds, {
		year: lastYear,
		note: 'Kommentaren till kapitlet Deltagande rättad: antalet förbund var jämfört med fel år.',
		today: dated(`${currentYear}-04-02`),
		actor: publisher
	});
	await saveReportDraft(db, currentYear, {
		foreword: `Utkast till rapporten för ${currentYear}. Siffrorna räknas fram på nytt tills rapporten publiceras.`,
		comments: {}
	});
	return true;
}
