/** The web app manifest, so the site can be added to a home screen; the name comes from the site settings. */
import type { APIRoute } from 'astro';
import { siteName, siteShortName } from '../lib/site.ts';

export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			name: siteName,
			short_name: siteShortName,
			description:
				'Find mental health help in Leicester, Leicestershire and Rutland, with the crisis numbers and your safety plan kept on your device.',
			lang: 'en-GB',
			start_url: '/',
			scope: '/',
			display: 'standalone',
			background_color: '#f0f4f5',
			theme_color: '#005eb8',
			icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
		}),
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
