/** The Open Referral UK feed's `GET /services`: every service on one page. */
import type { APIRoute } from 'astro';
import { getServices } from '../../../../data/content.ts';
import { feedServicesPage } from '../../../../lib/open-data/feed.ts';

export const GET: APIRoute = async ({ site }) => Response.json(feedServicesPage(await getServices(), site!));
