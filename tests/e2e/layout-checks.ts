/**
 * Layout checks run inside the page (passed to page.evaluate, so they must not use anything from outside).
 * They measure what a person on a phone meets: sideways scrolling, where the main heading starts, and whether every
 * tap target is big enough and far enough from the next one.
 */

export interface LayoutReport {
	/** The page's full width; more than the window means it scrolls sideways. */
	scrollWidth: number;
	/** The widest elements that stick out past the window's right edge. */
	tooWide: string[];
	/** Top of the page's h1, from the top of the document, in CSS pixels. */
	h1Top: number | null;
	/** Targets smaller than 24x24 px (inline links in a sentence are exempt, as in WCAG 2.5.8). */
	tooSmall: string[];
	/** Buttons, form fields, menus and answer choices shorter than 44 px. */
	primaryTooSmall: string[];
	/** Targets stacked one above the other with less than 8 px between them, or overlapping. */
	tooClose: string[];
}

/** Runs in the browser: the page's width and where its h1 starts. */
export function measureWidthAndHeading(): Pick<LayoutReport, 'scrollWidth' | 'h1Top'> {
	const h1 = document.querySelector('main h1') ?? document.querySelector('h1');
	return {
		scrollWidth: document.documentElement.scrollWidth,
		h1Top: h1 ? Math.round(h1.getBoundingClientRect().top + window.scrollY) : null,
	};
}

/** Runs in the browser. */
export function measureLayout(): LayoutReport {
	const viewportWidth = document.documentElement.clientWidth;
	const describe = (el: Element) => {
		const text =
			(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40) ||
			el.getAttribute('aria-label') ||
			el.getAttribute('name') ||
			'';
		const box = el.getBoundingClientRect();
		return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''} "${text}" ${Math.round(box.width)}x${Math.round(box.height)}`;
	};

	const tooWide = [...document.body.querySelectorAll('*')]
		.filter((el) => {
			const box = el.getBoundingClientRect();
			return (
				box.width > 0 &&
				box.right > viewportWidth + 1 &&
				el.checkVisibility() &&
				!el.closest('.skip-link, .visually-hidden')
			);
		})
		.slice(-5)
		.map(describe);

	const h1 = document.querySelector('main h1') ?? document.querySelector('h1');
	const h1Top = h1 ? Math.round(h1.getBoundingClientRect().top + window.scrollY) : null;

	const blockAncestor = (el: Element) => {
		let node = el.parentElement;
		while (node && getComputedStyle(node).display.startsWith('inline')) node = node.parentElement;
		return node;
	};
	const words = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
	/** A link inside a sentence: inline, with other words in the same block (WCAG 2.5.8's "inline" exception). */
	const inSentence = (el: Element) =>
		getComputedStyle(el).display === 'inline' && words(blockAncestor(el)) !== words(el);

	const targets = [
		...document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary'),
	].filter((el) => {
		const box = el.getBoundingClientRect();
		if (box.width === 0 || box.height === 0 || box.right <= 0 || box.bottom <= 0) return false;
		if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: true, contentVisibilityAuto: true }))
			return false;
		// The skip link is off screen until it is focused; visually hidden labels are not targets.
		return !el.closest('.skip-link, .visually-hidden');
	});

	const tooSmall = targets
		.filter((el) => {
			const box = el.getBoundingClientRect();
			return (box.width < 24 || box.height < 24) && !inSentence(el);
		})
		.map(describe);

	const primary = targets.filter((el) =>
		el.matches(
			'button, .button, summary, select, textarea, input:not([type="checkbox"], [type="radio"]), .choice, .exit-this-page__button',
		),
	);
	const primaryTooSmall = primary.filter((el) => el.getBoundingClientRect().height < 44).map(describe);

	// A target a sticky bar covers, in part or whole, at this moment (a choice under the "Show support" bar) is kept apart from it by the bar's own padding;
	// it is spaced from what is around it once scrolled out from under the bar.
	const underStickyBar = (el: Element) => {
		const box = el.getBoundingClientRect();
		return [box.top + 1, box.top + box.height / 2, box.bottom - 1].some((y) => {
			const hit = document.elementFromPoint(box.left + box.width / 2, y);
			return hit !== null && !el.contains(hit) && hit.closest('.choices-actions, .exit-this-page') !== null;
		});
	};
	const spaced = targets
		.filter((el) => !inSentence(el) && !underStickyBar(el))
		.map((el) => ({ el, box: el.getBoundingClientRect() }));
	const tooClose: string[] = [];
	for (let i = 0; i < spaced.length; i++) {
		for (let j = i + 1; j < spaced.length; j++) {
			const { el: a, box: boxA } = spaced[i]!;
			const { el: b, box: boxB } = spaced[j]!;
			const sideBySide = boxA.left < boxB.right - 1 && boxB.left < boxA.right - 1;
			if (!sideBySide) continue;
			if (a.contains(b) || b.contains(a) || a.closest('label')?.contains(b) || b.closest('label')?.contains(a))
				continue;
			const [upper, lower] = boxA.top <= boxB.top ? [boxA, boxB] : [boxB, boxA];
			const gap = lower.top - upper.bottom;
			if (gap < 8 - 0.5) tooClose.push(`${describe(a)} and ${describe(b)}: ${Math.round(gap)} px apart`);
		}
	}

	return { scrollWidth: document.documentElement.scrollWidth, tooWide, h1Top, tooSmall, primaryTooSmall, tooClose };
}
