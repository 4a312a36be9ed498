/** The Open Referral UK feed's OpenAPI file: the UK profile's, cut to the endpoints the feed serves. */
import type { APIRoute } from 'astro';
import profile from '../../../../sources/standards/openreferral-uk-profile/schema/openapi.json';
import { feedOpenApi } from '../../../lib/open-data/feed.ts';

export const GET: APIRoute = ({ site }) =>
	Response.json(feedOpenApi(profile as Parameters<typeof feedOpenApi>[0], site!));
