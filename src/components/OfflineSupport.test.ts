import { describe, expect, test } from 'vitest';
import { render } from '../../tests/components/render.ts';
import Base from '../layouts/Base.astro';
import OfflineSupport from './OfflineSupport.astro';

const offlineScript = (page: Awaited<ReturnType<typeof render>>) =>
	page.all('script[src]').filter((script) => script.attributes['src']!.includes('OfflineSupport.astro'));

describe('OfflineSupport', () => {
	test('shows nothing: it only loads the script that asks the browser to keep the page', async () => {
		const page = await render(OfflineSupport);
		expect(page.text()).toBe('');
		expect(offlineScript(page)).toHaveLength(1);
	});

	test('is on the pages kept for use offline, and not on others', async () => {
		const props = { title: 'A page', description: 'A page.' };
		expect(offlineScript(await render(Base, { props, path: '/urgent-help/' }))).toHaveLength(1);
		expect(offlineScript(await render(Base, { props, path: '/safety-plan/fill-in/' }))).toHaveLength(1);
		expect(offlineScript(await render(Base, { props, path: '/services/' }))).toHaveLength(0);
	});
});
