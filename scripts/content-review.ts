/** `npm run content:review`: what the content team must check, as plain text (the same as /content-review/). */
import { checkContentFolder } from '../src/lib/content/read.ts';
import { reviewReport } from '../src/lib/directory.ts';
import { todayIso } from '../src/lib/dates.ts';

const { services } = checkContentFolder(process.cwd());
const items = reviewReport(services, todayIso());
for (const item of items) {
	const flags = [item.overdue && 'OVERDUE', item.needsVerification && 'VERIFY'].filter(Boolean).join(' ');
	console.log(`\n${item.name} (content/services/${item.slug}.yaml) ${flags}`);
	console.log(`  last checked ${item.lastChecked}, review due ${item.reviewDue}`);
	for (const c of item.conflicts) console.log(`  conflict: ${c.about} -> ${c.resolution.replace(/\s+/g, ' ')}`);
	for (const link of item.lostLinks) console.log(`  lost link: ${link}`);
	for (const q of item.openQuestions) console.log(`  question: ${q}`);
}
console.log(
	`\n${items.length} of ${services.length} entries need attention: ${items.filter((i) => i.overdue).length} overdue, ` +
		`${items.filter((i) => i.needsVerification).length} to verify, ${items.reduce((n, i) => n + i.openQuestions.length, 0)} open questions, ` +
		`${items.reduce((n, i) => n + i.conflicts.length, 0)} conflicts, ${items.reduce((n, i) => n + i.lostLinks.length, 0)} lost links.`
);
