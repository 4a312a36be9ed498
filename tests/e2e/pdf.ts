/**
 * Just enough PDF reading to check what Chromium prints: each page's size (MediaBox, CropBox) and the rectangles it
 * draws (`re` in the page's content streams), in millimetres. Chromium writes its content streams Flate-compressed,
 * with text as hex glyph codes, so a token scan with the graphics state stack (q, Q, cm) is enough.
 */
import { inflateSync } from 'node:zlib';

export interface Box {
	/** From the page's left edge. */
	x: number;
	/** From the page's top edge. */
	y: number;
	width: number;
	height: number;
}

const mmPerPoint = 25.4 / 72;
type Matrix = [number, number, number, number, number, number];
const identity: Matrix = [1, 0, 0, 1, 0, 0];

function multiply([a, b, c, d, e, f]: Matrix, [A, B, C, D, E, F]: Matrix): Matrix {
	return [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
}

function apply([a, b, c, d, e, f]: Matrix, x: number, y: number) {
	return { x: a * x + c * y + e, y: b * x + d * y + f };
}

function boxNumbers(text: string, name: string): number[] | undefined {
	const match = new RegExp(`/${name}\\s*\\[([^\\]]*)\\]`).exec(text);
	return match?.[1]!.trim().split(/\s+/).map(Number);
}

function toBox(numbers: number[] | undefined): Box | undefined {
	if (!numbers || numbers.length !== 4) return undefined;
	const [x1, y1, x2, y2] = numbers as [number, number, number, number];
	return { x: x1 * mmPerPoint, y: 0, width: (x2 - x1) * mmPerPoint, height: (y2 - y1) * mmPerPoint };
}

/** Every page object's MediaBox and CropBox (when it has one), in millimetres. */
export function pdfPageBoxes(pdf: Buffer): { mediaBox: Box; cropBox?: Box }[] {
	const text = pdf.toString('latin1');
	const pages: { mediaBox: Box; cropBox?: Box }[] = [];
	for (const match of text.matchAll(/\/Type\s*\/Page\b(?!s)/g)) {
		// The page object runs from "N 0 obj" to "endobj"; its boxes are in there.
		const start = text.lastIndexOf(' obj', match.index);
		const object = text.slice(start, text.indexOf('endobj', match.index));
		const mediaBox = toBox(boxNumbers(object, 'MediaBox'));
		const cropBox = toBox(boxNumbers(object, 'CropBox'));
		if (mediaBox) pages.push(cropBox ? { mediaBox, cropBox } : { mediaBox });
	}
	return pages;
}

/** The decompressed content streams that draw (not fonts or images). */
function contentStreams(pdf: Buffer): string[] {
	const text = pdf.toString('latin1');
	const streams: string[] = [];
	for (const match of text.matchAll(/<<([^]*?)>>\s*stream\r?\n/g)) {
		const dictionary = match[1]!;
		if (
			!/\/FlateDecode/.test(dictionary) ||
			/\/Subtype\s*\/(Image|Type1C|CIDFontType0C|OpenType)|\/Length1|\/FontFile/.test(dictionary)
		)
			continue;
		const start = match.index! + match[0].length;
		const end = text.indexOf('endstream', start);
		try {
			streams.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
		} catch {
			// Not a stream we can read (for example, cut short): it draws nothing we check.
		}
	}
	return streams;
}

/**
 * Every rectangle drawn with `re`, as it lands on a page of the given height (mm), measured from the top left.
 * Pass the page height so boxes can be given from the top, as a person measures a sheet of paper.
 */
export function pdfRectangles(pdf: Buffer, pageHeightMm: number): Box[] {
	const boxes: Box[] = [];
	for (const stream of contentStreams(pdf)) {
		// Drop strings, dictionaries and hex strings first, so their contents are never read as operators.
		const tokens = stream
			.replace(/<<[^]*?>>/g, ' ')
			.replace(/<[0-9A-Fa-f\s]*>/g, ' ')
			.replace(/\((?:\\.|[^\\)])*\)/g, ' ')
			.split(/\s+/)
			.filter(Boolean);
		let matrix: Matrix = identity;
		const saved: Matrix[] = [];
		let operands: number[] = [];
		for (const token of tokens) {
			const number = Number(token);
			if (token !== '' && !Number.isNaN(number)) {
				operands.push(number);
				continue;
			}
			if (token === 'q') saved.push(matrix);
			else if (token === 'Q') matrix = saved.pop() ?? identity;
			else if (token === 'cm' && operands.length >= 6) matrix = multiply(operands.slice(-6) as Matrix, matrix);
			else if (token === 're' && operands.length >= 4) {
				const [x, y, w, h] = operands.slice(-4) as [number, number, number, number];
				const a = apply(matrix, x, y);
				const b = apply(matrix, x + w, y + h);
				const left = Math.min(a.x, b.x) * mmPerPoint;
				const top = pageHeightMm - Math.max(a.y, b.y) * mmPerPoint;
				boxes.push({
					x: left,
					y: top,
					width: Math.abs(b.x - a.x) * mmPerPoint,
					height: Math.abs(b.y - a.y) * mmPerPoint,
				});
			}
			operands = [];
		}
	}
	return boxes;
}

/** The text of every page, as a reader would copy it (pdf.js reads the fonts' ToUnicode maps). */
export async function pdfText(pdf: Buffer): Promise<string> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const loading = getDocument({
		data: new Uint8Array(pdf),
		disableFontFace: true,
		useSystemFonts: false,
		verbosity: 0,
	});
	const document = await loading.promise;
	const texts: string[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const content = await (await document.getPage(number)).getTextContent();
		texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
	}
	await loading.destroy();
	return texts.join('\n');
}

/** The names of the fonts a PDF embeds, e.g. "AAAAAA+NotoSansGujarati-Regular". */
export function pdfFontNames(pdf: Buffer): string[] {
	return [
		...new Set([...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/([^\s/<>\[\]]+)/g)].map((match) => match[1]!)),
	];
}
