/**
 * A tiny static server for tests: serves dist/ the way Netlify or Cloudflare Pages would, with the headers from
 * the build's own `_headers` file, the rewrites (status 200) in its `_redirects`, directory pages, the 404 page, and correct content types (nosniff is on).
 * Each call gets its own port, so a test can stop "the internet" (close the server) without touching others.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor, parseHeadersFile } from '../../src/lib/hosting/headers-file.ts';
import { distDir } from './built-pages.ts';

const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
};

/** The build's `_redirects` rewrites (`from to 200`, with `:name` placeholders), as functions of a path. */
function readRewrites(): ((pathname: string) => string | undefined)[] {
	const file = join(distDir, '_redirects');
	if (!existsSync(file)) return [];
	return readFileSync(file, 'utf8')
		.split('\n')
		.map((line) => line.trim().split(/\s+/))
		.filter(([from, , status]) => from && !from.startsWith('#') && status === '200')
		.map(([from, to]) => {
			const names: string[] = [];
			const pattern = new RegExp(
				`^${from!.replace(/:(\w+)/g, (_all, name: string) => (names.push(name), '([^/]+)'))}$`,
			);
			return (pathname: string) => {
				const match = pathname.match(pattern);
				return match ? names.reduce((out, name, index) => out.replace(`:${name}`, match[index + 1]!), to!) : undefined;
			};
		});
}

export type BuiltSite = { origin: string; close: () => Promise<void> };

/**
 * Serves the build with its `_headers`. `withHeaders: false` serves it as a host that cannot set headers.
 * `replaced` maps an address to text served instead of the built file (a test can change it while serving).
 * `requests`, when given, gets the path of every request that reaches the server (not those the browser's cache answers).
 */
export async function serveBuiltSite(
	options: { withHeaders?: boolean; replaced?: Map<string, string>; requests?: string[] } = {},
): Promise<BuiltSite> {
	const rules = options.withHeaders === false ? [] : parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
	const rewrites = readRewrites();
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const pathname = decodeURIComponent(url.pathname);
		options.requests?.push(pathname);
		const target = rewrites.reduce<string | undefined>((found, rule) => found ?? rule(pathname), undefined) ?? pathname;
		const send = (status: number, file: string | undefined, extra: Record<string, string> = {}) => {
			for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
			for (const [name, value] of Object.entries(extra)) response.setHeader(name, value);
			if (file) response.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
			response.writeHead(status);
			response.end(file && request.method !== 'HEAD' ? readFileSync(file) : undefined);
		};
		if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, undefined);
		const replacement = options.replaced?.get(pathname);
		if (replacement !== undefined) {
			for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
			response.writeHead(200, { 'Content-Type': contentTypes[extname(pathname)] ?? 'text/html; charset=utf-8' });
			return response.end(replacement);
		}
		const path = normalize(join(distDir, target));
		if (!path.startsWith(distDir)) return send(404, join(distDir, '404.html'));
		if (existsSync(path) && statSync(path).isDirectory()) {
			if (!pathname.endsWith('/')) return send(301, undefined, { Location: `${pathname}/${url.search}` });
			if (existsSync(join(path, 'index.html'))) return send(200, join(path, 'index.html'));
		} else if (existsSync(path)) return send(200, path);
		return send(404, join(distDir, '404.html'));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
