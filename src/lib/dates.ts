/**
 * Built once: a new `Intl.DateTimeFormat` costs about 160 µs, and the participant path asks for
 * today's date on every request.
 */
const stockholmDate = new Intl.DateTimeFormat('sv-SE', {
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	timeZone: 'Europe/Stockholm'
});

/** Today's date in Swedish time as `YYYY-MM-DD`: rounds open and close by Swedish calendar days. */
export function stockholmToday(now: Date = new Date()): string {
	return stockholmDate.format(now);
}
