/** Today's date in Swedish time as `YYYY-MM-DD`: rounds open and close by Swedish calendar days. */
export function stockholmToday(now: Date = new Date()): string {
	return new Intl.DateTimeFormat('sv-SE', {
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		timeZone: 'Europe/Stockholm'
	}).format(now);
}
