/**
 * A service that is also a crisis line (Samaritans, NHS 111 option 2, ...) names the line with `crisisLine: <id>`
 * and takes its contacts, opening hours, ages and access help from content/crisis-lines.yaml, so the footer, the
 * urgent help page and the service page can never give different numbers or times. Writing any of them in the
 * service file too is refused, as is a line that does not exist, naming the file and the field.
 * Any other service that gives a crisis line's number as one of its contacts writes `{ crisisLine: <id> }` there
 * instead, so that number is stored once too.
 * Works on the parsed files, before the schemas check them, so the service is checked whole.
 */
import type { ContentFile, Problem } from '../../lib/content/check.ts';

const crisisLinesPath = 'content/crisis-lines.yaml';
const servicePath = /^content\/services\/[^/]+\.ya?ml$/i;

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The line's contacts, each named by its id or else its kind ("phone", "text"), for ways in to point to. */
function lineContacts(line: Raw): Raw[] {
	const contacts = Array.isArray(line['contacts']) ? line['contacts'].filter(isObject) : [];
	return contacts.map((contact) => ({ ...contact, id: contact['id'] ?? contact['kind'] }));
}

const referenceFields = new Set(['crisisLine', 'id', 'label', 'note']);

/**
 * The service's contacts with each `{ crisisLine: <id> }` replaced by that line's first contact, keeping the id,
 * label and note the service gives it (the label defaults to the line's name).
 */
function withLineContacts(service: ContentFile, lines: ReadonlyMap<string, Raw>): { file: ContentFile; problems: Problem[] } {
	const data = service.data;
	const isReference = (contact: unknown): contact is Raw => isObject(contact) && contact['crisisLine'] !== undefined;
	if (!isObject(data) || !Array.isArray(data['contacts']) || !data['contacts'].some(isReference))
		return { file: service, problems: [] };
	const problems: Problem[] = [];
	const contacts = data['contacts'].map((contact: unknown, index) => {
		if (!isReference(contact)) return contact;
		const field = `contacts.${index}`;
		const id = contact['crisisLine'];
		const line = typeof id === 'string' ? lines.get(id) : undefined;
		const first = line ? lineContacts(line)[0] : undefined;
		if (!line || !first) {
			problems.push({ file: service.path, field: `${field}.crisisLine`, message: `"${String(id)}" is not the id of a line in ${crisisLinesPath}` });
			return contact;
		}
		for (const key of Object.keys(contact))
			if (!referenceFields.has(key))
				problems.push({ file: service.path, field: `${field}.${key}`, message: `comes from ${crisisLinesPath} (line ${id}): remove it here` });
		const { crisisLine: _line, ...own } = contact;
		return { ...first, id, label: line['name'], ...own };
	});
	return problems.length > 0 ? { file: service, problems } : { file: { ...service, data: { ...data, contacts } }, problems };
}

/** The service with its crisis line's parts filled in, or the problems that stop it. */
export function withCrisisLine(
	service: ContentFile,
	lines: ReadonlyMap<string, Raw>,
): { file: ContentFile; problems: Problem[] } {
	const referenced = withLineContacts(service, lines);
	if (referenced.problems.length > 0) return referenced;
	service = referenced.file;
	const data = service.data;
	if (!isObject(data) || data['crisisLine'] === undefined) return { file: service, problems: [] };
	const id = data['crisisLine'];
	const line = typeof id === 'string' ? lines.get(id) : undefined;
	if (!line)
		return {
			file: service,
			problems: [
				{ file: service.path, field: 'crisisLine', message: `"${String(id)}" is not the id of a line in ${crisisLinesPath}` },
			],
		};
	const problems: Problem[] = [];
	const fromLine = `comes from ${crisisLinesPath} (line ${id}): remove it here`;
	const contacts = lineContacts(line);
	const firstHours = contacts.find((contact) => contact['hours'] !== undefined)?.['hours'];
	const accessibleWays = Array.isArray(line['accessibleWays']) ? line['accessibleWays'].filter(isObject) : [];
	const taken: Raw = {
		...(firstHours === undefined ? {} : { hours: firstHours }),
		...(line['ages'] === undefined ? {} : { ages: line['ages'] }),
		...(accessibleWays.length === 0 ? {} : { accessibility: accessibleWays.map((way) => way['text']) }),
	};
	for (const field of Object.keys(taken)) if (field in data) problems.push({ file: service.path, field, message: fromLine });
	const own = Array.isArray(data['contacts']) ? data['contacts'] : [];
	const lineIds = new Set(contacts.map((contact) => contact['id']));
	for (const [index, contact] of own.entries())
		if (isObject(contact) && lineIds.has(contact['id']))
			problems.push({ file: service.path, field: `contacts.${index}.id`, message: `"${String(contact['id'])}" ${fromLine}` });
	// The service's own contacts keep their places, so a problem with one names the line in the file.
	const merged: Raw = { ...data, contacts: [...own, ...contacts], ...taken };
	return { file: { ...service, data: merged }, problems };
}

// Merged files by the service file and the crisis lines file they came from: unchanged files give the same object,
// so the checks (which remember their results per file) do not run again.
const merged = new WeakMap<ContentFile, WeakMap<ContentFile, { file: ContentFile; problems: Problem[] }>>();

/** Every file, with each service that names a crisis line (as itself or as a contact) filled in from it; and what is wrong with the references. */
export function resolveCrisisLines(files: readonly ContentFile[]): { files: ContentFile[]; problems: Problem[] } {
	const linesFile = files.find((file) => file.path === crisisLinesPath);
	const lines = new Map<string, Raw>();
	if (linesFile && Array.isArray(linesFile.data))
		for (const line of linesFile.data) if (isObject(line) && typeof line['id'] === 'string') lines.set(line['id'], line);
	const problems: Problem[] = [];
	const resolved = files.map((file) => {
		if (!servicePath.test(file.path) || !isObject(file.data)) return file;
		const key = linesFile ?? file;
		let byLines = merged.get(file);
		if (!byLines) merged.set(file, (byLines = new WeakMap()));
		let result = byLines.get(key);
		if (!result) byLines.set(key, (result = withCrisisLine(file, lines)));
		problems.push(...result.problems);
		return result.file;
	});
	return { files: resolved, problems };
}
