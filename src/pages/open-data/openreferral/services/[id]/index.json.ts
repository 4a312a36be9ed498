/** The Open Referral UK feed's `GET /services/{id}`: one service in full. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getServices } from '../../../../../data/content.ts';
import { feedServices } from '../../../../../lib/open-data/feed.ts';

export const getStaticPaths = (async () => {
	const services = await getServices();
	// The site address is not known here; ids do not depend on it, so any base gives the same paths.
	return feedServices(services, new URL('https://example.invalid/')).map((service) => ({ params: { id: service.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
	const service = feedServices(await getServices(), site!).find((candidate) => candidate.id === params.id);
	return Response.json(service);
};
