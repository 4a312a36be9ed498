/**
 * Makes the site safe to host anywhere, as the last change to the built pages: works out the Content Security
 * Policy from every built page (the hash of each inline script and style), puts it in each page as a <meta> tag
 * for hosts that cannot set headers, and writes `_headers` (Netlify, Cloudflare Pages) with the full policy and
 * the other security headers, and `_redirects` for the open data feed's endpoints. `npm run headers` prints the same for nginx, Apache and CloudFront.
 *
 * Why not Astro's own `security.csp`: it hashes only the scripts Astro bundles, so it left out the inline
 * exit guard in Base.astro (which must stay inline to run before the page shows), and it writes no header file.
 * Working from the built HTML covers every inline script, whoever adds it, with nothing to maintain by hand.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtSite } from './built-site.ts';
import {
	collectInlineHashes,
	contentSecurityPolicy,
	unhashableInlineCode,
	withMetaPolicy,
} from '../lib/hosting/csp.ts';
import { feedRedirectsFile, formatHeadersFile, siteHeaderRules } from '../lib/hosting/headers-file.ts';

export default function securityHeaders(): AstroIntegration {
	return {
		name: 'llr:security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const { dir: root, pages } = builtSite(dir);
				// Inline code a hash cannot allow would need 'unsafe-inline' for the whole site: refuse it instead.
				const unhashable = pages.flatMap((page) =>
					[...new Set(unhashableInlineCode(page))].map((what) => `  - ${page.file}: ${what}`),
				);
				if (unhashable.length > 0)
					throw new Error(
						`These pages have inline code the Content Security Policy cannot allow. Move it to a <script>:\n${unhashable.join('\n')}`,
					);

				const hashes = collectInlineHashes(pages);
				const meta = contentSecurityPolicy(hashes, { for: 'meta' });
				for (const page of pages) page.rewrite(withMetaPolicy(page, meta));
				writeFileSync(join(root, '_headers'), formatHeadersFile(siteHeaderRules(hashes)));
				writeFileSync(join(root, '_redirects'), feedRedirectsFile());
				logger.info(
					`Content-Security-Policy for ${pages.length} pages: ${hashes.scripts.length} inline script hashes, ${hashes.styles.length} inline style hashes.`,
				);
			},
		},
	};
}
