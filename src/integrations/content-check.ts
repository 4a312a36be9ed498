/**
 * Fails the build when any content file is wrong, naming the file and the field.
 * Astro's own collection schemas check each entry too; this adds the checks across files
 * (duplicate slugs, slug and file name, numbers that must never be published).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../lib/content/check.ts';
import { checkContentFolder } from '../lib/content/read.ts';

export default function contentCheck(): AstroIntegration {
	return {
		name: 'llr:content-check',
		hooks: {
			'astro:config:setup': ({ config, command }) => {
				if (command === 'preview') return;
				const { problems } = checkContentFolder(fileURLToPath(config.root));
				if (problems.length === 0) return;
				const list = problems.map((problem) => `  - ${formatProblem(problem)}`).join('\n');
				throw new Error(`The content has ${problems.length} problem(s):\n${list}`);
			},
		},
	};
}
