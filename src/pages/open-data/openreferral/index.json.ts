/** The Open Referral UK feed's `GET /`: which standard and profile it follows, and where its OpenAPI file is. */
import type { APIRoute } from 'astro';
import { feedRoot } from '../../../lib/open-data/feed.ts';

export const GET: APIRoute = ({ site }) => Response.json(feedRoot(site!));
