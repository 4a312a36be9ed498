/** The web address each built HTML file is served at. */

/** The address a built HTML file is served at: "about/index.html" -> "/about/", "404.html" -> "/404.html". */
export function pageAddress(file: string): string {
	return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
