/** Stops the dist/ checks at once, with a clear message, when there is no build to check. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export default function requireBuild() {
	for (const file of ['index.html', '_headers', 'sitemap.xml'])
		if (!existsSync(join(process.cwd(), 'dist', file)))
			throw new Error(`dist/${file} is missing: there is no build to check. Run npm run build first, then npm run test:dist.`);
}
