/**
 * `npm run headers -- <nginx|apache|cloudfront>` (after a build): prints the headers in dist/_headers for a host
 * that does not read that file. The Content-Security-Policy holds the hash of every inline script of this build,
 * so print it again after each build that changes a script.
 */
import { readFileSync } from 'node:fs';
import {
	apacheConfig,
	cloudFrontFeedFunction,
	cloudFrontResponseHeadersPolicy,
	nginxConfig,
	parseHeadersFile,
} from '../src/lib/hosting/headers-file.ts';

const hosts = {
	nginx: nginxConfig,
	apache: apacheConfig,
	cloudfront: (rules: Parameters<typeof nginxConfig>[0]) =>
		`${JSON.stringify(cloudFrontResponseHeadersPolicy(rules), null, 2)}\n`,
	'cloudfront-feed': (rules: Parameters<typeof nginxConfig>[0]) =>
		`${JSON.stringify(cloudFrontResponseHeadersPolicy(rules, { feed: true }), null, 2)}\n`,
	'cloudfront-feed-function': () => cloudFrontFeedFunction(),
};
const host = process.argv[2] as keyof typeof hosts | undefined;
if (!host || !(host in hosts)) {
	console.error(`Say which host: npm run headers -- ${Object.keys(hosts).join('|')}`);
	process.exit(1);
}
const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
process.stdout.write(hosts[host](rules));
