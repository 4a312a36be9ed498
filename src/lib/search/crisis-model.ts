/**
 * A small crisis classifier that reads meaning the word lists miss ("life is pointless", "saving up my tablets",
 * "quiero morir"): logistic regression over word and character n-grams, trained at build time on the labelled
 * phrasings in content/crisis-phrasings.yaml, and shipped as a few KB of weights. Pure: no DOM, no fs.
 *
 * The word lists (crisis.ts) stay as a floor: search shows crisis help when either says so.
 */

export type CrisisModel = {
	/** Weight of each feature kept (word, word pair or letter group); features not listed weigh nothing. */
	weights: Record<string, number>;
	bias: number;
	/** Probability at or above which a query reads as crisis: set low, for recall. */
	threshold: number;
};

export type Example = { text: string; crisis: boolean };

/**
 * Folds text for the classifier: lower case, Latin accents off, anything that is not a letter, mark or digit becomes
 * a space. Letters of every script stay, so Arabic, Bengali or Gujarati phrasings are read too.
 */
export function foldForModel(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[’‘'`´ʼ\u200B-\u200F\u00AD\uFEFF]/g, '')
		.replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Words that turn round the few words after them: "i dont want to live" is not "i want to live". Several languages'
 * plain "not", so the model can learn "nie chcę żyć" and "main jeena nahi chaunda" the same way.
 */
const negations = new Set([
	'not',
	'no',
	'dont',
	'doesnt',
	'didnt',
	'cant',
	'cannot',
	'wont',
	'never',
	'nobody',
	'nothing',
	'isnt',
	'wouldnt',
	'nie',
	'nu',
	'ne',
	'pas',
	'nahi',
	'nahin',
	'na',
	'ma',
	'لا',
	'نہیں',
	'ਨਹੀਂ',
	'નથી',
	'না',
]);
/** How many words after a negation it reaches. */
const negationReach = 3;

/**
 * The features of a text: each word, each pair of neighbouring words, each word marked as under a negation, and
 * letter groups of 3 to 5 within words (so endings, slips and other scripts are read: "suicidal", "sucidal").
 */
export function modelFeatures(text: string): string[] {
	const folded = foldForModel(text);
	if (folded === '') return [];
	const words = folded.split(' ');
	const features = new Set<string>();
	let negatedUntil = -1;
	for (const [index, word] of words.entries()) {
		features.add(`w ${word}`);
		if (index > 0) features.add(`b ${words[index - 1]} ${word}`);
		if (index <= negatedUntil) features.add(`n ${word}`);
		if (negations.has(word)) negatedUntil = index + negationReach;
		const letters = [...` ${word} `];
		for (let size = 3; size <= 5; size++)
			for (let start = 0; start + size <= letters.length; start++)
				features.add(`c ${letters.slice(start, start + size).join('')}`);
	}
	return [...features];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability that a text reads as crisis, by the model. */
export function crisisProbability(model: Pick<CrisisModel, 'weights' | 'bias'>, text: string): number {
	const features = modelFeatures(text);
	if (features.length === 0) return 0;
	let z = 0;
	for (const feature of features) z += model.weights[feature] ?? 0;
	return sigmoid(model.bias + z / Math.sqrt(features.length));
}

type Options = { epochs?: number; rate?: number; l2?: number; keep?: number };

/** Examples read into features once, each feature numbered, so every fit of a training run shares the reading. */
type Featurized = { names: string[]; rows: { ids: Int32Array; y: number; text: string; everyday: boolean }[] };

function featurize(examples: readonly (Example & { everyday?: boolean })[]): Featurized {
	const ids = new Map<string, number>();
	const names: string[] = [];
	const rows = examples.flatMap((example) => {
		const features = modelFeatures(example.text);
		if (features.length === 0) return [];
		const row = Int32Array.from(features, (feature) => {
			let id = ids.get(feature);
			if (id === undefined) ids.set(feature, (id = names.push(feature) - 1));
			return id;
		});
		return [{ ids: row, y: example.crisis ? 1 : 0, text: example.text, everyday: example.everyday ?? false }];
	});
	return { names, rows };
}

/**
 * Fits weights by stochastic gradient descent on the log loss, each class weighted equally, in a fixed shuffled order
 * (the same content always gives the same model).
 */
function fit({ names, rows }: Featurized, options: Required<Options>): { weights: Map<string, number>; bias: number } {
	const positives = rows.filter((row) => row.y === 1).length;
	const negatives = rows.length - positives;
	const classWeight = [rows.length / (2 * Math.max(negatives, 1)), rows.length / (2 * Math.max(positives, 1))];
	const weights = new Float64Array(names.length);
	let bias = 0;
	let seed = 7;
	const order = rows.map((_, index) => index);
	for (let epoch = 0; epoch < options.epochs; epoch++) {
		for (let i = order.length - 1; i > 0; i--) {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			const j = seed % (i + 1);
			[order[i], order[j]] = [order[j]!, order[i]!];
		}
		const rate = options.rate / (1 + epoch * 0.1);
		for (const index of order) {
			const row = rows[index]!;
			const scale = 1 / Math.sqrt(row.ids.length);
			let z = bias;
			for (const id of row.ids) z += weights[id]! * scale;
			const error = (sigmoid(z) - row.y) * classWeight[row.y]!;
			bias -= rate * error * 0.1;
			for (const id of row.ids) weights[id] = weights[id]! - rate * (error * scale + options.l2 * weights[id]!);
		}
	}
	const used = new Map<string, number>();
	for (const row of rows) for (const id of row.ids) used.set(names[id]!, weights[id]!);
	return { weights: used, bias };
}

/** Keeps the strongest weights, rounded to quarters, so the model ships small. */
function prune(weights: Map<string, number>, keep: number): Record<string, number> {
	const strongest = [...weights]
		.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
		.slice(0, keep);
	return Object.fromEntries(
		strongest
			.filter(([, weight]) => Math.abs(weight) >= 0.05)
			.map(([feature, weight]) => [feature, Math.round(weight * 4) / 4]),
	);
}

/** A stable number for a text (32-bit FNV-1a over its folded form): the same phrasing always lands in the same part. */
export function phrasingHash(text: string): number {
	let hash = 0x811c9dc5;
	for (const character of foldForModel(text)) {
		hash ^= character.codePointAt(0)!;
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** One phrasing in `heldBackShare` is held back for testing, chosen by its hash alone. */
const heldBackShare = 5;

/** True for the phrasings held back from building the detector, by a stable hash of the text, never by score. */
export function isHeldBack(text: string): boolean {
	return phrasingHash(text) % heldBackShare === 0;
}

/** The validation fold of a phrasing that is not held back, by another part of its hash. */
function validationFold(text: string, folds: number): number {
	return Math.floor(phrasingHash(text) / heldBackShare) % folds;
}

type TrainOptions = Options & {
	/** The most false alarms allowed on the validation near misses, with the floor, when choosing the threshold. */
	falseAlarms?: number;
	folds?: number;
	/** Everyday words and phrases that only teach the model what ordinary searches look like. */
	ordinary?: readonly string[];
	/** The word lists: what is already caught whatever the model says, so the threshold is chosen for what they miss. */
	floor?: (text: string) => boolean;
};

/**
 * Trains the model and chooses its threshold for recall on validation folds (never the held-back part): each
 * phrasing is scored by a model trained without its fold, and the threshold is the lowest at which the word lists
 * and the model together alarm on no more than `falseAlarms` of the validation near misses.
 */
export function trainCrisisModel(examples: readonly Example[], options: TrainOptions = {}): CrisisModel {
	// Without both kinds of example there is nothing to learn: a model that never says crisis (the lists still do).
	if (!examples.some((example) => example.crisis) || !examples.some((example) => !example.crisis))
		return { weights: {}, bias: 0, threshold: 2 };
	const settings: Required<Options> = {
		epochs: options.epochs ?? 30,
		rate: options.rate ?? 0.5,
		l2: options.l2 ?? 0.001,
		// 300 strongest features: the search page carries them, and more (400, 1,000) caught no more in cross-validation.
		keep: options.keep ?? 300,
	};
	const folds = options.folds ?? 5;
	const floor = options.floor ?? (() => false);
	const ordinary = (options.ordinary ?? []).map((text) => ({ text, crisis: false, everyday: true }));
	const all = featurize([...examples, ...ordinary]);
	const scored: { probability: number; crisis: boolean; floor: boolean }[] = [];
	for (let fold = 0; fold < folds; fold++) {
		const inFold = (example: Example) => validationFold(example.text, folds) === fold;
		// Everyday phrases are never validated on: they stay in every fold's training.
		const rows = all.rows.filter((row) => row.everyday || validationFold(row.text, folds) !== fold);
		const fitted = fit({ names: all.names, rows }, settings);
		const model = { weights: prune(fitted.weights, settings.keep), bias: fitted.bias };
		for (const example of examples.filter(inFold))
			scored.push({
				probability: crisisProbability(model, example.text),
				crisis: example.crisis,
				floor: floor(example.text),
			});
	}
	const threshold = thresholdFor(scored, options.falseAlarms ?? 0.08);
	const fitted = fit(all, settings);
	return { weights: prune(fitted.weights, settings.keep), bias: Math.round(fitted.bias * 1000) / 1000, threshold };
}

/** The lowest threshold whose false alarms, with the floor, stay within the allowed share: the most recall it allows. */
function thresholdFor(scored: readonly { probability: number; crisis: boolean; floor: boolean }[], allowed: number) {
	const negatives = scored.filter((row) => !row.crisis);
	const budget = Math.floor(negatives.length * allowed) - negatives.filter((row) => row.floor).length;
	const open = negatives
		.filter((row) => !row.floor)
		.map((row) => row.probability)
		.sort((a, b) => b - a);
	// Just above the highest near miss that may not raise the alarm.
	const above = open[Math.max(budget, 0)] ?? 0;
	return Math.round((above + 0.001) * 1000) / 1000;
}

/** True when the model reads the text as crisis. */
export function modelSaysCrisis(model: CrisisModel, text: string): boolean {
	return crisisProbability(model, text) >= model.threshold;
}

/** The labelled set: crisis phrasings by kind, and near misses that must not raise the alarm. */
export type CrisisPhrasings = { crisis: Record<string, string[]>; notCrisis: Record<string, string[]> };

/** Splits the set into the part the detector is built from and the held-back part that only tests it. */
export function splitPhrasings(set: CrisisPhrasings): { train: Example[]; test: Example[] } {
	const train: Example[] = [];
	const test: Example[] = [];
	for (const [crisis, groups] of [
		[true, set.crisis],
		[false, set.notCrisis],
	] as const)
		for (const texts of Object.values(groups))
			for (const text of texts) (isHeldBack(text) ? test : train).push({ text, crisis });
	return { train, test };
}

/** The model as the page carries it: features grouped by their weight, so the weights are written once each. */
export type PackedCrisisModel = { bias: number; threshold: number; byWeight: Record<string, string> };

/** Packs a model for the page (a third of the bytes of one weight per feature). */
export function packModel(model: CrisisModel): PackedCrisisModel {
	const byWeight: Record<string, string[]> = {};
	for (const [feature, weight] of Object.entries(model.weights)) (byWeight[String(weight)] ??= []).push(feature);
	return {
		bias: model.bias,
		threshold: model.threshold,
		byWeight: Object.fromEntries(Object.entries(byWeight).map(([weight, features]) => [weight, features.join('|')])),
	};
}

/** The model again, from what the page carries. */
export function unpackModel(packed: PackedCrisisModel): CrisisModel {
	const weights: Record<string, number> = {};
	for (const [weight, features] of Object.entries(packed.byWeight))
		for (const feature of features.split('|')) weights[feature] = Number(weight);
	return { weights, bias: packed.bias, threshold: packed.threshold };
}
