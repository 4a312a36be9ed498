// Runs before every production build. Astro keeps the content collections it has read in
// node_modules/.astro/data-store.json and only starts afresh when src/content.config.ts itself changes, not when a
// schema it imports (src/schemas/) gains a field with a default. A stale store then builds pages from entries that
// lack the new field. Reading 80 small content files again costs well under a second, so always start afresh.
import { rmSync } from 'node:fs';

for (const path of ['node_modules/.astro/data-store.json', '.astro/data-store.json']) rmSync(path, { force: true });
