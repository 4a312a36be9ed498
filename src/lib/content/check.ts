/**
 * Checks the content files together, beyond what one entry's schema can see:
 * schema errors named by file and field, slugs that clash or do not match the file name,
 * and numbers that must never be published. The build and `npm run content:check` both run this.
 */
import type { z } from 'astro/zod';
import { serviceSchema, type Service } from '../../schemas/service.ts';
import { crisisLineSchema, type CrisisLine } from '../../schemas/crisis-line.ts';
import { doNotPublishSchema, type DoNotPublish } from '../../schemas/do-not-publish.ts';
import { dialledNumbersIn } from '../../base/phone.ts';

/** A file's path (relative to the project) and its parsed data. */
export type ContentFile = { path: string; data: unknown };

/** One thing wrong with the content, named so the content team can find and fix it. */
export type Problem = { file: string; field: string; message: string };

/** Formats a problem as one line: "content/services/x.yaml: summary: must end with a full stop". */
export function formatProblem(problem: Problem): string {
	return `${problem.file}: ${problem.field || '(whole entry)'}: ${problem.message}`;
}

function fieldPath(path: readonly PropertyKey[]): string {
	return path.map(String).join('.');
}

function schemaProblems(file: string, error: z.ZodError): Problem[] {
	return error.issues.map((issue) => ({ file, field: fieldPath(issue.path), message: issue.message }));
}

function baseName(path: string): string {
	return path.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
}

/** Every string inside a value, with the field path that leads to it. */
function* stringsIn(value: unknown, path: string[] = []): Generator<[string, string]> {
	if (typeof value === 'string') yield [path.join('.'), value];
	else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, String(i)]);
	else if (value && typeof value === 'object')
		for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...path, key]);
}

/** The numbers from the do-not-publish list that a piece of text contains, however they are written. */
export function forbiddenNumbersIn(text: string, forbidden: DoNotPublish): DoNotPublish {
	const written = dialledNumbersIn(text);
	return forbidden.filter((entry) => {
		const [digits] = dialledNumbersIn(entry.number);
		return digits !== undefined && written.some((number) => number.includes(digits));
	});
}

/** Finds numbers from the do-not-publish list anywhere in a file's data, naming the field. */
export function forbiddenNumberProblems(file: string, data: unknown, forbidden: DoNotPublish): Problem[] {
	const problems: Problem[] = [];
	for (const [field, text] of stringsIn(data))
		for (const entry of forbiddenNumbersIn(text, forbidden))
			problems.push({ file, field, message: `contains ${entry.number}, which must not be published: ${entry.reason}` });
	return problems;
}

/** The same check over a text file (a guide), naming the line. */
export function forbiddenNumberProblemsInText(file: string, text: string, forbidden: DoNotPublish): Problem[] {
	return text.split('\n').flatMap((line, index) =>
		forbiddenNumbersIn(line, forbidden).map((entry) => ({ file, field: `line ${index + 1}`, message: `contains ${entry.number}, which must not be published: ${entry.reason}` }))
	);
}

/** Parses the do-not-publish list; its own problems are reported like any other file's. */
export function checkDoNotPublish(file: ContentFile): { list: DoNotPublish; problems: Problem[] } {
	const parsed = doNotPublishSchema.safeParse(file.data);
	if (!parsed.success) return { list: [], problems: schemaProblems(file.path, parsed.error) };
	return { list: parsed.data, problems: [] };
}

/** Checks every service file; returns the valid services and every problem found. */
export function checkServices(files: ContentFile[], forbidden: DoNotPublish): { services: Service[]; problems: Problem[] } {
	const problems: Problem[] = [];
	const services: Service[] = [];
	const slugOwners = new Map<string, string>();
	for (const file of files) {
		problems.push(...forbiddenNumberProblems(file.path, file.data, forbidden));
		const parsed = serviceSchema.safeParse(file.data);
		if (!parsed.success) {
			problems.push(...schemaProblems(file.path, parsed.error));
			continue;
		}
		const service = parsed.data;
		if (service.slug !== baseName(file.path))
			problems.push({ file: file.path, field: 'slug', message: `"${service.slug}" must match the file name "${baseName(file.path)}"` });
		const owner = slugOwners.get(service.slug);
		if (owner) problems.push({ file: file.path, field: 'slug', message: `"${service.slug}" is already used by ${owner}` });
		else slugOwners.set(service.slug, file.path);
		services.push(service);
	}
	return { services, problems };
}

/** Checks the crisis lines file: a list of lines with unique ids. */
export function checkCrisisLines(file: ContentFile, forbidden: DoNotPublish): { lines: CrisisLine[]; problems: Problem[] } {
	const problems = forbiddenNumberProblems(file.path, file.data, forbidden);
	if (!Array.isArray(file.data)) return { lines: [], problems: [...problems, { file: file.path, field: '', message: 'must be a list of lines' }] };
	const lines: CrisisLine[] = [];
	const seen = new Set<string>();
	for (const [index, item] of file.data.entries()) {
		const parsed = crisisLineSchema.safeParse(item);
		if (!parsed.success) {
			problems.push(
				...parsed.error.issues.map((issue) => ({ file: file.path, field: fieldPath([index, ...issue.path]), message: issue.message }))
			);
			continue;
		}
		if (seen.has(parsed.data.id)) problems.push({ file: file.path, field: `${index}.id`, message: `"${parsed.data.id}" is used twice` });
		seen.add(parsed.data.id);
		lines.push(parsed.data);
	}
	return { lines, problems };
}

/** Checks a whole file against one schema; returns the parsed data, or the problems by field. */
export function checkWith<T>(file: ContentFile, schema: z.ZodType<T>): { data: T | undefined; problems: Problem[] } {
	const parsed = schema.safeParse(file.data);
	return parsed.success ? { data: parsed.data, problems: [] } : { data: undefined, problems: schemaProblems(file.path, parsed.error) };
}
