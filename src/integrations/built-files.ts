/** The files of the built site in `dist/`, for the build steps that run after the pages are built. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
export function builtFiles(dir: string): string[] {
	const files: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else files.push(relative(dir, path).split(sep).join('/'));
		}
	};
	walk(dir);
	return files.sort();
}
