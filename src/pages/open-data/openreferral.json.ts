/** The whole directory as Open Referral UK (HSDS 3.0) JSON, at a stable address: /open-data/openreferral.json. */
import type { APIRoute } from 'astro';
import { getServices } from '../../data/content.ts';
import { openReferralExport } from '../../lib/open-data/openreferral.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(JSON.stringify(openReferralExport(await getServices(), site!)), {
		headers: { 'Content-Type': 'application/json' },
	});
