/**
 * A Markdown (hast) plugin that makes every emergency and urgent number in a guide's text a link a person can tap,
 * as the site's components do, so a guide's writer types the number and the reader gets a link to call it. It works
 * on the document tree, so it never touches tags or attributes, and leaves text inside links and code alone.
 */
import type { Element, ElementContent, Parents, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { smsHref, telHref } from '../../base/phone.ts';
import { splitCallNumbers } from '../call-links.ts';

const leaveAlone = new Set(['a', 'code', 'pre', 'script', 'style']);

function insideLeftAlone(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
	let parent: Readonly<Parents> | undefined = ctx.parent(node);
	while (parent && parent.type !== 'root') {
		if (parent.type === 'element' && leaveAlone.has(parent.tagName)) return true;
		parent = ctx.parent(parent);
	}
	return false;
}

function numberLink(number: string, how: 'call' | 'text'): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { href: how === 'text' ? smsHref(number) : telHref(number) },
		children: [{ type: 'text', value: number }],
	};
}

/** The plugin, for `satteri({ hastPlugins: [...] })`; `numbers` are the crisis lines' numbers (see `callNumbersOf`). */
export function callLinksPlugin(numbers: readonly string[]): () => HastPluginDefinition {
	return () => ({
		name: 'llr-call-links',
		text(node, ctx) {
			if (insideLeftAlone(node, ctx)) return;
			const pieces = splitCallNumbers(node.value, numbers);
			if (pieces.every((piece) => 'text' in piece)) return;
			const replacement: ElementContent[] = pieces.map((piece) =>
				'text' in piece ? { type: 'text', value: piece.text } : numberLink(piece.number, piece.how),
			);
			ctx.replaceNode(node, replacement);
		},
	});
}
