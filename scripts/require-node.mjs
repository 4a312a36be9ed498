// Runs before the build, the dev server and the tests. Plain JavaScript, so it runs on any Node version.
// npm scripts use the project's own Node 24 (the pinned `node` package in node_modules/.bin). That package sets
// itself up with an install script; if install scripts were blocked, npm falls back to the system Node, and Astro
// fails later with a less helpful message. Say what to do instead.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		[
			`This project needs Node.js 22.12 or later, but npm is running Node.js ${process.versions.node}.`,
			'The project brings its own Node 24 (the "node" package), which is set up by an install script.',
			'That script did not run, perhaps because install scripts are turned off on this machine.',
			'To fix it, run:  npm rebuild node',
			'(package.json already approves that one script in "allowScripts"; or install Node 24 yourself, see .nvmrc)',
		].join('\n'),
	);
	process.exit(1);
}
