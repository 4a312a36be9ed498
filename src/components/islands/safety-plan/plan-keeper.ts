/**
 * Keeps the plan on this page in step with the browser's storage, for the editor's components (through
 * usePlanKeeper). It saves on every change, never sends anything over the network, and says what happened in
 * `message`. The rules that keep a plan from being lost (another tab, a plan that cannot be read, a full or
 * blocked store, Exit this page, a delete in another tab) are in src/lib/safety-plan/store.ts; this class only
 * connects them to window storage and events.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import { emptyPlan, isBlank, mergePlans, type Plan } from '../../../lib/safety-plan/plan.ts';
import {
	deleteEverywhere,
	catchUpDeletion,
	deletedKey,
	hidesOnExit,
	hiddenKey,
	openSavedPlan,
	readHidden,
	readRaw,
	removePlan,
	removeUnreadable,
	savePlan,
	setHidesOnExit,
	storageKey,
	type Area,
	type Stores,
	type Unreadable,
} from '../../../lib/safety-plan/store.ts';

/** Another tab changed the plan (or there is already one on the device): nothing is saved until the person chooses. */
export type Conflict = { raw: string | null; switching: boolean };

export type EditorState = {
	plan: Plan;
	area: Area;
	/** The editor is running: until then nothing typed is saved. */
	ready: boolean;
	hideOnExit: boolean;
	unreadable: Unreadable[];
	problem: 'full' | 'blocked' | null;
	conflict: Conflict | null;
	message: { text: string; urgent: boolean } | null;
};

function storageFor(area: Area): Storage | undefined {
	try {
		return area === 'device' ? window.localStorage : window.sessionStorage;
	} catch {
		return undefined;
	}
}

const stores = (): Stores => ({ session: storageFor('session'), device: storageFor('device') });

export class PlanKeeper {
	#state: EditorState = {
		plan: emptyPlan(),
		area: 'session',
		ready: false,
		hideOnExit: true,
		unreadable: [],
		problem: null,
		conflict: null,
		message: null,
	};
	#listeners = new Set<() => void>();
	/** What the plan's store held when this page last read or wrote it: a save only goes ahead if it still does. */
	#synced: string | null = null;

	constructor(private readonly exitUsedKey: string) {}

	subscribe = (listener: () => void) => {
		this.#listeners.add(listener);
		return () => void this.#listeners.delete(listener);
	};
	snapshot = () => this.#state;

	#set(change: Partial<EditorState>) {
		this.#state = { ...this.#state, ...change };
		for (const listener of this.#listeners) listener();
	}
	#tell(text: string, urgent = false) {
		this.#set({ message: { text, urgent } });
	}
	/** A plan that could not be read is still in the plan's own place: nothing is saved there until it is dealt with. */
	get held() {
		return this.#state.unreadable.some((item) => item.held && item.area === this.#state.area);
	}

	#save(plan: Plan, where: Area, expected = this.#synced): boolean {
		const result = savePlan(storageFor(where), plan, expected);
		if (result.status === 'saved') {
			this.#synced = result.raw;
			this.#set({ problem: null });
		} else if (result.status === 'changed') this.#set({ conflict: { raw: result.current, switching: false } });
		else this.#set({ problem: result.status === 'full' ? 'full' : 'blocked' });
		return result.status === 'saved';
	}

	#exitUsed(): boolean {
		try {
			return storageFor('session')?.getItem(this.exitUsedKey) != null;
		} catch {
			return false;
		}
	}

	/** Reads what is saved. `typed`: words typed into the page before it was ready, kept alongside the saved plan. */
	start(typed?: Plan): Area {
		const session = storageFor('session');
		const exitUsed = this.#exitUsed();
		try {
			session?.removeItem(this.exitUsedKey);
		} catch {
			// A blocked store has no plan to hide.
		}
		const opened = openSavedPlan(stores(), { exitUsed });
		this.#synced = opened.synced;
		const plan = typed && !isBlank(typed) ? mergePlans(opened.plan, typed) : opened.plan;
		const held = opened.unreadable.some((item) => item.held && item.area === opened.area);
		this.#set({
			plan,
			area: opened.area,
			unreadable: opened.unreadable,
			hideOnExit: hidesOnExit(session),
			conflict: null,
			problem: opened.blocked ? 'blocked' : null,
			ready: true,
		});
		if (plan !== opened.plan && !held) this.#save(plan, opened.area);
		return opened.area;
	}

	/** Starts, and follows other tabs and the back-forward cache until the returned function is called. */
	connect(typed: Plan): () => void {
		this.start(typed);
		// Back to this page from the back-forward cache after Exit this page: open it again as a new visit would.
		const onPageShow = (event: PageTransitionEvent) => void (event.persisted && this.#exitUsed() && this.start());
		window.addEventListener('storage', this.#onStorage);
		window.addEventListener('pageshow', onPageShow);
		return () => {
			window.removeEventListener('storage', this.#onStorage);
			window.removeEventListener('pageshow', onPageShow);
		};
	}

	/** Another tab deleted the plan, or saved or deleted the plan kept on this device: stop saving here and say so. */
	#onStorage = (event: StorageEvent) => {
		const device = storageFor('device');
		if (event.storageArea !== device && event.key !== null) return;
		if (event.key === deletedKey || event.key === null) {
			const hadCopy = catchUpDeletion(stores());
			if (hadCopy || this.#state.area === 'device') return this.#deletedElsewhere();
		}
		if (this.#state.area !== 'device' || (event.key !== null && event.key !== storageKey)) return;
		const current = readRaw(device);
		if (current !== undefined && current !== this.#synced) this.#set({ conflict: { raw: current, switching: false } });
	};
	#deletedElsewhere() {
		this.#synced = readRaw(storageFor(this.#state.area)) ?? null;
		this.#set({ conflict: { raw: null, switching: false }, unreadable: [] });
	}

	/** Shows the changed plan, and saves it unless saving is paused; true if it was saved. */
	update(next: Plan): boolean {
		const plan = { ...next, updatedAt: new Date().toISOString() };
		this.#set({ plan });
		return this.#state.ready && !this.#state.conflict && !this.held && this.#save(plan, this.#state.area);
	}

	chooseArea(toDevice: boolean) {
		const { plan, area, conflict } = this.#state;
		const next: Area = toDevice ? 'device' : 'session';
		const target = storageFor(next);
		// Moving to the device: there must be nothing there already that the person has not seen.
		const result = savePlan(target, plan, toDevice ? null : (readRaw(target) ?? null));
		if (result.status === 'changed') return this.#set({ conflict: { raw: result.current, switching: true } });
		if (result.status !== 'saved')
			return this.#tell(
				'Your plan could not be moved. It is still kept where it was. Download it to keep a copy.',
				true,
			);
		// The old copy goes, unless it is not this page's to remove (one that could not be read, or another tab's change).
		if (!this.held && !conflict) removePlan(storageFor(area));
		this.#synced = result.raw;
		this.#set({ area: next, conflict: null });
		this.#tell(
			toDevice
				? 'Your plan is now kept on this device until you delete it. Exit this page does not hide it.'
				: 'Your plan is now kept only until you close this tab.',
		);
	}

	setHideOnExit(hide: boolean) {
		setHidesOnExit(storageFor('session'), hide);
		this.#set({ hideOnExit: hide });
	}

	/** Shows the plan set aside after Exit this page, with anything typed since added after it. */
	showHidden() {
		const session = storageFor('session');
		const hidden = readHidden(session);
		if (!hidden) return this.#tell('There is no hidden plan in this tab.');
		// The hidden copy stays until the plan it is part of is saved, so it cannot be lost on the way.
		if (this.update(mergePlans(hidden, this.#state.plan))) {
			try {
				session?.removeItem(hiddenKey);
			} catch {
				// It is shown and saved; the hidden copy goes when the tab closes.
			}
		}
		this.#tell('Your hidden plan is shown again.');
	}

	showOther() {
		if (this.#state.conflict?.switching) removePlan(storageFor('session'));
		this.#tell(
			this.start() === 'device' ? 'This page now shows the plan kept on this device.' : 'This page has been cleared.',
		);
	}
	keepThis() {
		const { conflict, plan } = this.#state;
		const where: Area = conflict?.switching ? 'device' : this.#state.area;
		if (!conflict || !this.#save(plan, where, conflict.raw)) return;
		if (conflict.switching) removePlan(storageFor('session'));
		this.#set({ area: where, conflict: null });
		this.#tell(
			where === 'device'
				? 'The plan on this page is now the one kept on this device.'
				: 'The plan on this page is kept in this tab again.',
		);
	}
	cancelConflict() {
		this.#set({ conflict: null });
	}

	deleteAll() {
		const gone = deleteEverywhere(stores());
		this.#synced = null;
		this.#set({ plan: emptyPlan(), area: 'session', unreadable: [], conflict: null, problem: null });
		this.#tell(
			gone
				? 'Your plan has been deleted from this device.'
				: 'We could not delete every copy. Clear this site’s data in your browser settings.',
			!gone,
		);
	}
	deleteUnreadable(item: Unreadable) {
		if (!removeUnreadable(storageFor(item.area), item.raw))
			return this.#tell('We could not delete it. Clear this site’s data in your browser settings.', true);
		this.#set({ unreadable: this.#state.unreadable.filter((other) => other !== item) });
		if (item.held && item.area === this.#state.area) {
			this.#synced = null;
			this.#save(this.#state.plan, this.#state.area);
		}
		this.#tell('The plan we could not read has been deleted.');
	}

	notAPlan(name: string) {
		this.#tell(`“${name}” is not a safety plan file from this site. Nothing has been changed.`, true);
	}
	openPlan(loaded: Plan, name: string) {
		this.update(loaded);
		this.#tell(`Your plan from “${name}” is open.`);
	}
}

/** The editor's state and the keeper that changes it. `typedBeforeReady` reads the form as the page starts. */
export function usePlanKeeper(exitUsedKey: string, typedBeforeReady: () => Plan): [EditorState, PlanKeeper] {
	const [keeper] = useState(() => new PlanKeeper(exitUsedKey));
	const state = useSyncExternalStore(keeper.subscribe, keeper.snapshot, keeper.snapshot);
	useEffect(() => keeper.connect(typedBeforeReady()), [keeper]);
	return [state, keeper];
}
