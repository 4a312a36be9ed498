/**
 * Serves the content team's review report at /content-review/ while developing (`astro dev`), and nowhere else:
 * the report holds source line numbers and internal notes, so it is never part of the public build.
 */
import type { AstroIntegration } from 'astro';

export default function contentReview(): AstroIntegration {
	return {
		name: 'llr:content-review',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command !== 'dev') return;
				injectRoute({
					pattern: '/content-review',
					entrypoint: new URL('../dev-pages/content-review.astro', import.meta.url),
				});
			},
		},
	};
}
