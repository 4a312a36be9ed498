/**
 * Stops a production build that would publish the wrong address or no operator, naming what is missing; a local
 * build says once what it lacks. See src/lib/hosting/publishing.ts for which build is which.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadContent } from './content/load.ts';
import { localBuildNotes, publishingProblems } from '../lib/hosting/publishing.ts';

export default function publishing(): AstroIntegration {
	return {
		name: 'llr:publishing',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				if (command !== 'build') return;
				const env = { SITE_URL: process.env['SITE_URL'], PRODUCTION_BUILD: process.env['PRODUCTION_BUILD'] };
				const operator = loadContent(fileURLToPath(config.root)).siteOperator;
				const problems = publishingProblems(env, operator);
				if (problems.length > 0)
					throw new Error(
						`This production build cannot be published:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`,
					);
				for (const note of localBuildNotes(env, operator)) logger.warn(note);
			},
		},
	};
}
