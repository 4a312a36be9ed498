/** Reading the built site in `dist/`: its files, and the web address each HTML file is served at. */
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

/** The address a built HTML file is served at: "about/index.html" -> "/about/", "404.html" -> "/404.html". */
export function pageAddress(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
