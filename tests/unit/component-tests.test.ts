/**
 * Every component in src/components/ has its own test beside it (`Name.test.ts` next to `Name.astro`, or
 * `Name.test.tsx` next to `Name.tsx`), which renders it with a few example inputs (see tests/components/render.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const components = join(import.meta.dirname, '../../src/components');

test('every component has a test beside it', () => {
	const untested = readdirSync(components, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && /\.(astro|tsx)$/.test(entry.name) && !entry.name.includes('.test.'))
		.map((entry) => join(entry.parentPath, entry.name))
		.filter((path) => !['.test.ts', '.test.tsx'].some((test) => existsSync(path.replace(/\.(astro|tsx)$/, test))))
		.map((path) => relative(components, path));
	expect(untested).toEqual([]);
});
