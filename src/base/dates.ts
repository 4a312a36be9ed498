/** Dates in content are plain ISO calendar dates (YYYY-MM-DD); these helpers keep them that way. */

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
	if (!isoDatePattern.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today's date as YYYY-MM-DD (UTC). */
export function todayIso(now: Date = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/** Adds whole months to an ISO date, clamping to the end of shorter months. */
export function addMonths(iso: string, months: number): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const target = new Date(Date.UTC(y, m - 1 + months, 1));
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(d, lastDay));
	return target.toISOString().slice(0, 10);
}

const monthNames = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** Formats an ISO date the NHS way: "9 February 2026". */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return `${d} ${monthNames[m - 1]} ${y}`;
}
