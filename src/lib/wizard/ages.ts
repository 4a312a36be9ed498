/**
 * The ages "which service?" asks about, cut where the services' own limits fall, so every age in a band gets exactly
 * the same services: a band never straddles a limit (a service for 5 to 18 starts at 5 and stops after 18, so 5 and 19
 * start new bands). The cuts come from the data: every service's ages, its ages by area, and its ways in's ages.
 *
 * A person first picks a coarse group ("18 to 25"); only when limits fall inside it do we ask which band ("19").
 */
import type { Service } from '../../schemas/service.ts';

/** Ages in whole years, inclusive; max null means no upper limit. */
export type AgeRange = { min: number; max: number | null };
export type AgeBand = AgeRange & { id: string; label: string };
export type AgeGroup = AgeBand & { bands: AgeBand[] };

/** Where the coarse groups start: under 11, 11 to 17, 18 to 25, 26 to 64, 65 or over. */
const groupStarts = [0, 11, 18, 26, 65] as const;
/** Ages above this are not asked about separately. */
const oldestAsked = 100;

/** The ages at which some service starts or stops taking people (the first age of each new band). */
export function ageCuts(services: readonly Service[]): number[] {
	const cuts = new Set<number>(groupStarts.filter((start) => start > 0));
	const addRange = (range: AgeRange) => {
		if (range.min > 0 && range.min <= oldestAsked) cuts.add(range.min);
		if (range.max !== null && range.max + 1 <= oldestAsked) cuts.add(range.max + 1);
	};
	for (const service of services) {
		addRange(service.ages);
		for (const range of Object.values(service.agesByArea ?? {})) if (range) addRange(range);
		for (const way of service.access.waysIn) if (way.ages) addRange(way.ages);
	}
	return [...cuts].sort((a, b) => a - b);
}

/** A range as a web address part: "under-5", "17", "20-to-24", "66-and-over". */
export function rangeId({ min, max }: AgeRange): string {
	if (max === null) return `${min}-and-over`;
	if (min === 0) return `under-${max + 1}`;
	return min === max ? `${min}` : `${min}-to-${max}`;
}

/** A range as a person would say it: "Under 5", "17", "20 to 24", "66 or over". */
export function rangeLabel({ min, max }: AgeRange): string {
	if (max === null) return `${min} or over`;
	if (min === 0) return `Under ${max + 1}`;
	return min === max ? `${min}` : `${min} to ${max}`;
}

function band(min: number, max: number | null): AgeBand {
	return { min, max, id: rangeId({ min, max }), label: rangeLabel({ min, max }) };
}

/** Every band, youngest first, from 0 with no gaps, the last with no upper limit. */
export function ageBands(services: readonly Service[]): AgeBand[] {
	const starts = [0, ...ageCuts(services)];
	return starts.map((start, index) => band(start, index + 1 < starts.length ? starts[index + 1]! - 1 : null));
}

/** The coarse groups, each with the bands inside it. */
export function ageGroups(services: readonly Service[]): AgeGroup[] {
	const bands = ageBands(services);
	return groupStarts.map((start, index) => {
		const next = groupStarts[index + 1];
		const group = band(start, next === undefined ? null : next - 1);
		return { ...group, bands: bands.filter((b) => b.min >= start && (next === undefined || b.min < next)) };
	});
}

/** True when every age in `inner` is in `outer`. */
export function containsRange(outer: AgeRange, inner: AgeRange): boolean {
	if (inner.min < outer.min) return false;
	if (outer.max === null) return true;
	return inner.max !== null && inner.max <= outer.max;
}
