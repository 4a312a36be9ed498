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
import { collectInlineHashes, contentSecurityPolicy, inlineCodeOf, withMetaPolicy } from '../lib/hosting/csp.ts';
import { feedRedirectsFile, formatHeadersFile, siteHeaderRules } from '../lib/hosting/headers-file.ts';

export default function securityHeaders(): AstroIntegration {
	return {
		name: 'llr:security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const { dir: root, pages } = builtSite(dir);
				// One parse of each page gives everything the policy needs from it.
				const code = pages.map((page) => inlineCodeOf(page));
				// Inline code a hash cannot allow would need 'unsafe-inline' for the whole site: refuse it instead.
				const unhashable = pages.flatMap((page, index) =>
					[...new Set(code[index]!.unhashable)].map((what) => `  - ${page.file}: ${what}`),
				);
				if (unhashable.length > 0)
					throw new Error(
						`These pages have inline code the Content Security Policy cannot allow. Move it to a <script>:\n${unhashable.join('\n')}`,
					);

				const hashes = collectInlineHashes(code);
				const meta = contentSecurityPolicy(hashes, { for: 'meta' });
				for (const [index, page] of pages.entries())
					page.rewrite(withMetaPolicy(page.html, meta, code[index]!.policyPlace));
				writeFileSync(join(root, '_headers'), formatHeadersFile(siteHeaderRules(hashes)));
				writeFileSync(join(root, '_redirects'), feedRedirectsFile());
				logger.info(
					`Content-Security-Policy for ${pages.length} pages: ${hashes.scripts.length} inline script hashes, ${hashes.styles.length} inline style hashes.`,
				);
			},
		},
	};
}
