import { renderToString } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { read, textOf } from '../../../../tests/components/render.ts';
import { Question } from './parts.tsx';

describe('Question', () => {
	test('a question before something that cannot be undone, named by its words, with yes and Cancel', () => {
		const page = read(
			renderToString(
				<Question yes="Yes, delete it" onYes={() => {}} onNo={() => {}}>
					Delete the plan?
				</Question>,
			),
		);
		const group = page.one('[role="group"]');
		expect(page.text(`#${group.attributes['aria-labelledby']!.replaceAll(':', '\\:')}`)).toBe('Delete the plan?');
		expect(group.attributes['tabindex']).toBe('-1');
		expect(page.all('button').map(textOf)).toEqual(['Yes, delete it', 'Cancel']);
	});
});
