import { formatDate } from './format';

/** Today's date in Swedish time as `YYYY-MM-DD`: rounds open and close by Swedish calendar days. */
export function stockholmToday(now: Date = new Date()): string {
	// The same format as every date shown (format.ts), remembered for the minute: a Swedish date
	// changes only at a whole minute (midnight, in either time zone), and formatting is a visible
	// part of a submit's time.
	const minute = Math.floor(now.getTime() / 60_000);
	if (minute !== lastMinute) {
		lastDay = formatDate(now);
		lastMinute = minute;
	}
	return lastDay;
}
let lastMinute = Number.NaN;
let lastDay = '';

/**
 * A `YYYY-MM-DD` calendar date as an instant at noon UTC: the same calendar day in Swedish time
 * (and any zone within eleven hours of UTC), so date arithmetic and formatting never slip a day.
 */
export function calendarNoon(isoDate: string): Date {
	return new Date(`${isoDate}T12:00:00Z`);
}
