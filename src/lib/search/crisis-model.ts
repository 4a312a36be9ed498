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

/** The features of a text: each word, each pair of neighbouring words, and letter groups of 3 to 5 within words. */
export function modelFeatures(text: string): string[] {
	const folded = foldForModel(text);
	if (folded === '') return [];
	const words = folded.split(' ');
	const features = new Set<string>();
	for (const [index, word] of words.entries()) {
		features.add(`w ${word}`);
		if (index > 0) features.add(`b ${words[index - 1]} ${word}`);
		const padded = ` ${word} `;
		const letters = [...padded];
		// Letter groups for words that are not plain Latin letters (other scripts), and for long words, whose endings vary.
		if (/^[a-z0-9]+$/.test(word) && word.length < lettersFrom) continue;
		for (let size = 3; size <= 5; size++)
			for (let start = 0; start + size <= letters.length; start++)
				features.add(`c ${letters.slice(start, start + size).join('')}`);
	}
	return [...features];
}

/** Plain Latin words this long or longer also give letter groups ("suicidal", "sucidal"); shorter ones are read whole. */
const lettersFrom = 7;

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

/**
 * Fits weights by stochastic gradient descent on the log loss, each class weighted equally, in a fixed shuffled order
 * (the same content always gives the same model).
 */
function fit(examples: readonly Example[], options: Required<Options>): { weights: Map<string, number>; bias: number } {
	const rows = examples
		.map((example) => ({ features: modelFeatures(example.text), y: example.crisis ? 1 : 0 }))
		.filter((row) => row.features.length > 0);
	const positives = rows.filter((row) => row.y === 1).length;
	const negatives = rows.length - positives;
	const classWeight = [rows.length / (2 * Math.max(negatives, 1)), rows.length / (2 * Math.max(positives, 1))];
	const weights = new Map<string, number>();
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
			const scale = 1 / Math.sqrt(row.features.length);
			let z = bias;
			for (const feature of row.features) z += (weights.get(feature) ?? 0) * scale;
			const error = (sigmoid(z) - row.y) * classWeight[row.y]!;
			bias -= rate * error * 0.1;
			for (const feature of row.features) {
				const weight = weights.get(feature) ?? 0;
				weights.set(feature, weight - rate * (error * scale + options.l2 * weight));
			}
		}
	}
	return { weights, bias };
}

/** Keeps the strongest weights, rounded, so the model ships small. */
function prune(weights: Map<string, number>, keep: number): Record<string, number> {
	const strongest = [...weights]
		.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1))
		.slice(0, keep);
	return Object.fromEntries(
		strongest
			.filter(([, weight]) => Math.abs(weight) >= 0.05)
			.map(([feature, weight]) => [feature, Math.round(weight * 20) / 20]),
	);
}

/**
 * Trains the model and chooses its threshold: out-of-fold probabilities (each example scored by a model that did
 * not see it), and the lowest threshold that keeps false alarms on the near misses at or below `falseAlarms`, so
 * recall is as high as that allows. `ordinary` are everyday words and phrases (the search vocabulary) that only
 * teach the model what ordinary searches look like; they are never used to choose the threshold.
 */
export function trainCrisisModel(
	examples: readonly Example[],
	options: Options & { falseAlarms?: number; folds?: number; ordinary?: readonly string[] } = {},
): CrisisModel {
	// Without both kinds of example there is nothing to learn: a model that never says crisis (the lists still do).
	if (!examples.some((example) => example.crisis) || !examples.some((example) => !example.crisis))
		return { weights: {}, bias: 0, threshold: 2 };
	const settings: Required<Options> = {
		epochs: options.epochs ?? 30,
		rate: options.rate ?? 0.5,
		l2: options.l2 ?? 0.001,
		keep: options.keep ?? 800,
	};
	const folds = options.folds ?? 4;
	const ordinary = (options.ordinary ?? []).map((text) => ({ text, crisis: false }));
	const negatives: number[] = [];
	for (let fold = 0; fold < folds; fold++) {
		const training = examples.filter((_, index) => index % folds !== fold);
		const held = examples.filter((example, index) => index % folds === fold && !example.crisis);
		const fitted = fit([...training, ...ordinary], settings);
		const model = { weights: prune(fitted.weights, settings.keep), bias: fitted.bias };
		for (const example of held) negatives.push(crisisProbability(model, example.text));
	}
	negatives.sort((a, b) => b - a);
	const allowed = Math.floor(negatives.length * (options.falseAlarms ?? 0.1));
	// Just above the highest near miss that may not raise the alarm.
	const threshold = Math.round(((negatives[allowed] ?? 0) + 0.001) * 1000) / 1000;
	const fitted = fit([...examples, ...ordinary], settings);
	return { weights: prune(fitted.weights, settings.keep), bias: Math.round(fitted.bias * 1000) / 1000, threshold };
}

/** True when the model reads the text as crisis. */
export function modelSaysCrisis(model: CrisisModel, text: string): boolean {
	return crisisProbability(model, text) >= model.threshold;
}

/** The labelled set: crisis phrasings by kind, and near misses that must not raise the alarm. */
export type CrisisPhrasings = { crisis: Record<string, string[]>; notCrisis: Record<string, string[]> };

/**
 * Splits the set into training and a held-back test part: every fourth phrasing of each kind is held back, so the
 * test part has every kind and the model never sees it.
 */
export function splitPhrasings(set: CrisisPhrasings): { train: Example[]; test: Example[] } {
	const train: Example[] = [];
	const test: Example[] = [];
	for (const [crisis, groups] of [
		[true, set.crisis],
		[false, set.notCrisis],
	] as const)
		for (const texts of Object.values(groups))
			for (const [index, text] of texts.entries()) (index % 4 === 3 ? test : train).push({ text, crisis });
	return { train, test };
}
