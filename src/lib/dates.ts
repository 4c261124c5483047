import { formatDate } from './format';

/** Today's date in Swedish time as `YYYY-MM-DD`: rounds open and close by Swedish calendar days. */
export function stockholmToday(now: Date = new Date()): string {
	// The same format as every date shown (format.ts): built once there, since a new
	// `Intl.DateTimeFormat` costs about 160 µs and the participant path asks on every request.
	return formatDate(now);
}

/**
 * A `YYYY-MM-DD` calendar date as an instant at noon UTC: the same calendar day in Swedish time
 * (and any zone within eleven hours of UTC), so date arithmetic and formatting never slip a day.
 */
export function calendarNoon(isoDate: string): Date {
	return new Date(`${isoDate}T12:00:00Z`);
}
