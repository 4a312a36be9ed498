/**
 * The JSON-LD on service pages is checked against schema.org itself: the TypeScript compiler checks every
 * service's JSON-LD, as an object literal, against schema-dts (Google's types generated from the schema.org
 * vocabulary), so an unknown @type, a property the type does not have (at any depth) or a value of the
 * wrong kind fails. Then the properties a reader of the data needs are checked to be there.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/integrations/content/load.ts';
import { serviceJsonLd } from '../../src/lib/structured-data.ts';

const { services } = loadContent();
const documents = services.map((service) => ({
	slug: service.slug,
	jsonLd: serviceJsonLd(service, `/services/${service.slug}/`),
}));

/** Text whose value the types constrain (type names, day names); any other text only needs to be text. */
const typedText = new Set(['@type', '@context', 'dayOfWeek']);

/** The JSON-LD with free text blanked, so services of the same shape are type-checked once (the compiler is slow). */
function shapeOf(value: unknown, key = ''): unknown {
	if (typeof value === 'string') return typedText.has(key) ? value : '';
	if (Array.isArray(value)) return value.map((item) => shapeOf(item, key));
	if (value && typeof value === 'object')
		return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, shapeOf(item, name)]));
	return value;
}

/** Type-checks some TypeScript source, as a file in this project (so it finds schema-dts), and returns its errors by line. */
function typeErrors(source: string): { line: number; message: string }[] {
	const fileName = join(process.cwd(), 'tests/unit/__structured-data-check__.ts');
	const options: ts.CompilerOptions = {
		strict: true,
		noEmit: true,
		skipLibCheck: true,
		target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.ESNext,
		moduleResolution: ts.ModuleResolutionKind.Bundler,
		types: [],
	};
	const host = ts.createCompilerHost(options);
	const { getSourceFile, fileExists, readFile } = host;
	host.getSourceFile = (name, language, ...rest) =>
		name === fileName ? ts.createSourceFile(name, source, language) : getSourceFile.call(host, name, language, ...rest);
	host.fileExists = (name) => name === fileName || fileExists.call(host, name);
	host.readFile = (name) => (name === fileName ? source : readFile.call(host, name));
	const program = ts.createProgram([fileName], options, host);
	const file = program.getSourceFile(fileName)!;
	return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((diagnostic) => ({
		line: file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1,
		message: ts.flattenDiagnosticMessageText(diagnostic.messageText, ' '),
	}));
}

/** One exported constant per service, typed as the schema.org type the JSON-LD says it is. */
function checkedSource(items: readonly { slug: string; jsonLd: object }[]) {
	const lines = ["import type { Service, WithContext } from 'schema-dts';"];
	const slugByLine = new Map<number, string>();
	for (const [index, { slug, jsonLd }] of items.entries()) {
		const json = JSON.stringify(jsonLd, null, 1).split('\n');
		for (let line = 0; line < json.length; line++) slugByLine.set(lines.length + 1 + line, slug);
		json[0] = `export const service${index}: WithContext<Service> = ${json[0]}`;
		lines.push(...json.slice(0, -1), `${json.at(-1)};`);
	}
	return { source: lines.join('\n'), slugByLine };
}

describe('JSON-LD on service pages', () => {
	// One compile for every shape of service and four broken examples, which the check must catch.
	const [first] = documents;
	const broken = [
		{ slug: 'broken: unknown property', jsonLd: { ...first!.jsonLd, lastChecked: '2026-01-01' } },
		{ slug: 'broken: unknown type', jsonLd: { ...first!.jsonLd, '@type': 'Servise' } },
		{
			slug: 'broken: unknown nested property',
			jsonLd: { ...first!.jsonLd, provider: { '@type': 'Organization', name: 'X', phone: '111' } },
		},
		{
			slug: 'broken: wrong kind of value',
			jsonLd: { ...first!.jsonLd, audience: { '@type': 'PeopleAudience', suggestedMinAge: { years: 18 } } },
		},
	];
	const shapes = new Map<string, { slug: string; jsonLd: object }>();
	for (const document of documents) shapes.set(JSON.stringify(shapeOf(document.jsonLd)), document);
	let errorsBySlug: Map<string, string[]> | undefined;
	const checkAll = () => {
		if (!errorsBySlug) {
			const { source, slugByLine } = checkedSource([...shapes.values(), ...broken]);
			errorsBySlug = new Map();
			for (const { line, message } of typeErrors(source)) {
				const slug = slugByLine.get(line) ?? `line ${line}`;
				errorsBySlug.set(slug, [...(errorsBySlug.get(slug) ?? []), message]);
			}
		}
		return errorsBySlug;
	};

	test(
		'every service is valid schema.org: known types, properties each type has, values of the right kind',
		{ timeout: 120_000 },
		() => {
			expect(documents.length).toBeGreaterThan(60);
			const errors = [...checkAll()].filter(([slug]) => !slug.startsWith('broken: '));
			expect(Object.fromEntries(errors)).toEqual({});
		},
	);

	test(
		'the check finds a property the type does not have, a wrong @type and a value of the wrong kind',
		{ timeout: 120_000 },
		() => {
			expect([...checkAll().keys()].filter((slug) => slug.startsWith('broken: ')).sort()).toEqual(
				broken.map(({ slug }) => slug).sort(),
			);
		},
	);

	test.each(documents.map(({ slug, jsonLd }) => [slug, jsonLd] as const))(
		'%s has what a reader of the data needs',
		(_slug, jsonLd) => {
			const data = jsonLd as Record<string, unknown> & {
				provider: { name: string };
				areaServed: { name: string }[];
				availableChannel: {
					servicePhone: { telephone?: string; hoursAvailable?: { opens: string; closes: string }[] };
				}[];
				hoursAvailable?: { opens: string; closes: string }[];
			};
			expect(data['@context']).toBe('https://schema.org');
			expect(data['name']).toEqual(expect.any(String));
			expect(data['description']).toEqual(expect.any(String));
			expect(data['url']).toMatch(/^\/services\/[a-z0-9-]+\/$/);
			expect(data.provider.name).not.toBe('');
			expect(data.areaServed.length).toBeGreaterThan(0);
			for (const channel of data.availableChannel) {
				// A phone number a machine can dial: E.164, as schema.org recommends for telephone.
				expect(channel.servicePhone.telephone).toMatch(/^\+44\d{7,10}$|^\d{3,6}$/);
				for (const hours of channel.servicePhone.hoursAvailable ?? [])
					expect(`${hours.opens}-${hours.closes}`).toMatch(/^\d\d:\d\d-\d\d:\d\d$/);
			}
			for (const hours of data.hoursAvailable ?? [])
				expect(`${hours.opens}-${hours.closes}`).toMatch(/^\d\d:\d\d-\d\d:\d\d$/);
		},
	);
});
