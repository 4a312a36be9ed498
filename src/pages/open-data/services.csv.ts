/** The whole directory as a spreadsheet (CSV), at /open-data/services.csv. */
import type { APIRoute } from 'astro';
import { getServices } from '../../data/content.ts';
import { directoryCsv } from '../../lib/open-data/csv.ts';

export const GET: APIRoute = async ({ site }) =>
	new Response(directoryCsv(await getServices(), site!), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
