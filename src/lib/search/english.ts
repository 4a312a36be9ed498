/**
 * Which English words search must never "put right": the common English words a slip or two away from a word search
 * knows, and the ones it knows itself ("thinking" is one slip from "drinking", "sorry" from "worry"). Only these are shipped to the
 * browser, so the list stays small. Pure.
 */
import { allowedSlips, withinSlips } from './normalise.ts';

/** Every way to drop up to `drops` letters from a word. */
function deletions(word: string, drops: number): Set<string> {
	let current = new Set([word]);
	const all = new Set([word]);
	for (let step = 0; step < drops; step++) {
		const next = new Set<string>();
		for (const form of current) for (let i = 0; i < form.length; i++) next.add(form.slice(0, i) + form.slice(i + 1));
		for (const form of next) all.add(form);
		current = next;
	}
	return all;
}

/** The English words within the allowed slips of some target word (a target that is an English word too), sorted. */
export function englishWordsNear(english: readonly string[], targets: Iterable<string>): string[] {
	const byDeletion = new Map<string, string[]>();
	const targetSet = new Set(targets);
	for (const target of targetSet) {
		if (target.length < 5) continue;
		for (const form of deletions(target, allowedSlips(target.length)))
			byDeletion.set(form, [...(byDeletion.get(form) ?? []), target]);
	}
	const near = new Set<string>();
	for (const word of english) {
		if (word.length < 5) continue;
		// Two words within n slips share a form with at most n letters dropped from each.
		for (const form of deletions(word, allowedSlips(word.length))) {
			const found = byDeletion
				.get(form)
				?.some((target) => withinSlips(word, target, allowedSlips(Math.min(word.length, target.length))));
			if (found) {
				near.add(word);
				break;
			}
		}
	}
	return [...near].sort();
}
