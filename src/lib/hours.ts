/** Turns opening hours data into plain words: "Monday to Friday, 9:30am to 4pm". */
import type { Hours } from '../schemas/common.ts';
import { weekdays, type Weekday } from '../base/vocabulary.ts';

/** "09:30" -> "9:30am", "16:00" -> "4pm", "00:00" -> "midnight", "12:00" -> "midday". */
export function formatTime(time: string): string {
	const [h, m] = time.split(':').map(Number) as [number, number];
	if (h === 0 && m === 0) return 'midnight';
	if (h === 12 && m === 0) return 'midday';
	const suffix = h < 12 ? 'am' : 'pm';
	const hour12 = h % 12 === 0 ? 12 : h % 12;
	return m === 0 ? `${hour12}${suffix}` : `${hour12}:${String(m).padStart(2, '0')}${suffix}`;
}

/** Days as words, joining runs: [mon..fri] -> "Monday to Friday"; [sat, sun] -> "Saturday and Sunday". */
export function formatDays(days: readonly Weekday[]): string {
	const order = weekdays.ids;
	const sorted = [...new Set(days)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
	if (sorted.length === 7) return 'Every day';
	const runs: Weekday[][] = [];
	for (const day of sorted) {
		const run = runs.at(-1);
		if (run && order.indexOf(day) === order.indexOf(run.at(-1)!) + 1) run.push(day);
		else runs.push([day]);
	}
	// Three or more days in a row read as a range; shorter runs are listed day by day.
	const words = runs.flatMap((run) =>
		run.length >= 3
			? [`${weekdays.label(run[0]!)} to ${weekdays.label(run.at(-1)!)}`]
			: run.map((d) => weekdays.label(d)),
	);
	return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * The hours as one line of plain words, e.g. "24 hours a day, every day" or "Monday to Friday, 9:30am to 4pm".
 * Never ends with a full stop, so pages can put the line inside their own sentence.
 */
export function formatHours(hours: Hours): string {
	const parts: string[] = [];
	if (hours.always) parts.push('24 hours a day, every day');
	for (const session of hours.sessions)
		parts.push(`${formatDays(session.days)}, ${formatTime(session.opens)} to ${formatTime(session.closes)}`);
	if (hours.note) parts.push(hours.note);
	return parts.map((part) => part.trim().replace(/\.$/, '')).join('. ');
}
