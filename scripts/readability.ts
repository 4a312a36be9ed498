/** `npm run content:readability`: Flesch reading ease of every service summary and guide (60 and over is the target). */
import { loadContent } from '../src/integrations/content/load.ts';
import { plainText, readingEase } from '../src/lib/guides.ts';

const { services, guides } = loadContent();
const rows = [
	...services.map((s) => ({
		what: `content/services/${s.slug}.yaml summary`,
		score: readingEase(s.summary),
		text: s.summary,
	})),
	...guides.map((g) => ({ what: g.path, score: readingEase(plainText(g.body)), text: '' })),
].sort((a, b) => a.score - b.score);
for (const row of rows.filter((r) => r.score < 60)) console.log(`${Math.round(row.score)}\t${row.what}\t${row.text}`);
console.log(
	`${rows.filter((r) => r.score < 60).length} of ${rows.length} below 60. Lowest guide: ${Math.round(Math.min(...guides.map((g) => readingEase(plainText(g.body)))))}.`,
);
