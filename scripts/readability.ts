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
const median = (scores: number[]) => {
	const sorted = [...scores].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const summaries = rows.filter((r) => r.what.endsWith('summary')).map((r) => r.score);
const guideScores = rows.filter((r) => !r.what.endsWith('summary')).map((r) => r.score);
console.log(
	`${rows.filter((r) => r.score < 60).length} of ${rows.length} below 60. Median: ${Math.round(median(rows.map((r) => r.score)))} (summaries ${Math.round(median(summaries))}, guides ${Math.round(median(guideScores))}). Lowest summary: ${Math.round(Math.min(...summaries))}. Lowest guide: ${Math.round(Math.min(...guideScores))}.`,
);
