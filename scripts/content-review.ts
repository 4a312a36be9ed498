/** `npm run content:review`: what the content team must check, as plain text (the same as /content-review/ in `astro dev`). */
import { loadContent } from '../src/integrations/content/load.ts';
import { reviewReport, reviewTotals, translationReport } from '../src/lib/content/review.ts';
import { todayIso } from '../src/base/dates.ts';

const { services, crisisLines } = loadContent();
const items = reviewReport(services, crisisLines, todayIso());
for (const item of items) {
	console.log(`\n${item.name} (${item.file})${item.overdue ? ' OVERDUE' : item.dueSoon ? ' DUE WITHIN A MONTH' : ''}`);
	console.log(`  last checked ${item.lastChecked}, review due ${item.reviewDue}`);
	if (item.overdue && item.overdueBecause) console.log(`  not checked in time because: ${item.overdueBecause}`);
	for (const way of item.unconfirmed) console.log(`  way in to confirm: ${way}`);
	for (const c of item.conflicts) console.log(`  conflict: ${c.about} -> ${c.resolution.replace(/\s+/g, ' ')}`);
	for (const link of item.lostLinks) console.log(`  lost link: ${link}`);
	for (const q of item.openQuestions) console.log(`  question: ${q}`);
}
const totals = reviewTotals(items);
console.log(
	`\n${totals.entries} of ${services.length + crisisLines.length} entries need attention: ${totals.overdue} overdue, ${totals.dueSoon} due within a month, ` +
		`${totals.unconfirmed} ways in to confirm, ${totals.openQuestions} open questions, ${totals.conflicts} conflicts, ${totals.lostLinks} lost links.`,
);

const translations = loadContent().translations;
const languages = translationReport(translations.source, translations.languages);
for (const language of languages) {
	console.log(
		`\n${language.name} (${language.file}): ${language.toCheck.length} of ${language.strings} strings to check by a fluent speaker`,
	);
	for (const line of language.toCheck) console.log(`  ${line}`);
}
console.log(`\n${languages.length} of ${translations.languages.length} languages have strings to check.`);
