/**
 * Where a safety plan is kept on the device, and the rules that stop it being lost:
 * - by default in this tab (sessionStorage), or on this device (localStorage) if the person chooses;
 * - a save only goes ahead if the store still holds what this page last read or wrote, so a change made in
 *   another tab is never written over without the person choosing;
 * - a saved plan that cannot be read is kept exactly as it was (a copy under its own key) until the person
 *   downloads or deletes it, and nothing is written over it before then.
 * - after Exit this page, a plan kept in this tab is set aside (hidden, not deleted) and the page opens as new;
 * - "delete" reaches every tab of this site: it leaves a mark on the device that each tab acts on (at once if it
 *   shows the plan, otherwise the next time it opens the plan page), so no tab keeps a copy in its own storage.
 * Storage is passed in (a test double in unit tests), so every failure (full, blocked, corrupted) is tested.
 * Nothing in this module sends anything anywhere.
 */
import { emptyPlan, isBlank, mergePlans, parsePlan, type Plan } from './plan.ts';

/** The key under which the plan is kept in sessionStorage or localStorage. */
export const storageKey = 'llr-safety-plan';
/** Where a saved plan that could not be read is kept, as it was. */
export const unreadableKey = 'llr-safety-plan-unreadable';
/** In this tab's sessionStorage: "no" if the person chose to keep showing their plan after Exit this page. */
export const hideOnExitKey = 'llr-safety-plan-hide-on-exit';
/** In this tab's sessionStorage: the plan set aside after Exit this page, until the person shows it. */
export const hiddenKey = 'llr-safety-plan-hidden';
/** On the device (localStorage): when a plan was last deleted, so other tabs delete their own copies too. */
export const deletedKey = 'llr-safety-plan-deleted';
/** In this tab's sessionStorage: the deletion this tab has already carried out. */
export const deletionDoneKey = 'llr-safety-plan-deletion-done';

/** A Storage-like object (sessionStorage, localStorage, or a test double). */
export type PlanStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
/** "session": only in this tab, gone when it closes. "device": in this browser until deleted. */
export type Area = 'session' | 'device';
export type Stores = Record<Area, PlanStorage | undefined>;

export type AreaContents =
	| { status: 'unavailable' }
	| { status: 'none' }
	| { status: 'loaded'; plan: Plan; raw: string }
	| { status: 'unreadable'; raw: string };

/** The plan's text as stored: null if there is none, undefined if the store cannot be used. */
export function readRaw(storage: PlanStorage | undefined): string | null | undefined {
	try {
		return storage ? storage.getItem(storageKey) : undefined;
	} catch {
		return undefined;
	}
}

/** Reads the plan from one storage area. */
export function readArea(storage: PlanStorage | undefined): AreaContents {
	const raw = readRaw(storage);
	if (raw === undefined) return { status: 'unavailable' };
	if (raw === null) return { status: 'none' };
	let plan: Plan | undefined;
	try {
		plan = parsePlan(JSON.parse(raw));
	} catch {
		plan = undefined;
	}
	return plan ? { status: 'loaded', plan, raw } : { status: 'unreadable', raw };
}

export type SaveResult =
	| { status: 'saved'; raw: string }
	/** The store no longer holds what this page expected (another tab changed or deleted it). Nothing was written. */
	| { status: 'changed'; current: string | null }
	| { status: 'full' }
	| { status: 'unavailable' };

function isQuotaError(error: unknown): boolean {
	const { name, code } = (error ?? {}) as { name?: string; code?: number };
	return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

/**
 * Saves the plan if the store still holds `expected` (what this page last read or wrote there; null for nothing).
 * Reports a full or blocked store instead of throwing, so the page can say so and keep the words on screen.
 */
export function savePlan(storage: PlanStorage | undefined, plan: Plan, expected: string | null): SaveResult {
	if (!storage) return { status: 'unavailable' };
	try {
		const current = storage.getItem(storageKey);
		if (current !== expected) return { status: 'changed', current };
		const raw = JSON.stringify(plan);
		storage.setItem(storageKey, raw);
		return { status: 'saved', raw };
	} catch (error) {
		return isQuotaError(error) ? { status: 'full' } : { status: 'unavailable' };
	}
}

/**
 * Moves a plan that could not be read to its own key, exactly as it was, so the plan's place can be used again.
 * False (and nothing changed) if that cannot be done safely: the store is full, or already keeps a different one.
 */
export function keepUnreadable(storage: PlanStorage, raw: string): boolean {
	try {
		const kept = storage.getItem(unreadableKey);
		if (kept !== null && kept !== raw) return false;
		if (kept === null) storage.setItem(unreadableKey, raw);
		if (storage.getItem(unreadableKey) !== raw) return false;
		storage.removeItem(storageKey);
		return true;
	} catch {
		return false;
	}
}

/** Deletes one plan that could not be read (wherever it is kept in this store); true if it is gone. */
export function removeUnreadable(storage: PlanStorage | undefined, raw: string): boolean {
	if (!storage) return true;
	try {
		for (const key of [unreadableKey, storageKey]) if (storage.getItem(key) === raw) storage.removeItem(key);
		return storage.getItem(unreadableKey) !== raw && storage.getItem(storageKey) !== raw;
	} catch {
		return false;
	}
}

/** Removes the plan from a storage area; true if it is gone. */
export function removePlan(storage: PlanStorage | undefined): boolean {
	if (!storage) return true;
	try {
		storage.removeItem(storageKey);
		return storage.getItem(storageKey) === null;
	} catch {
		return false;
	}
}

/** Removes the plan, any copy that could not be read and any hidden plan; true if all are gone. */
export function removeEverything(storage: PlanStorage | undefined): boolean {
	if (!storage) return true;
	try {
		for (const key of [unreadableKey, hiddenKey]) storage.removeItem(key);
		return removePlan(storage) && storage.getItem(unreadableKey) === null && storage.getItem(hiddenKey) === null;
	} catch {
		return false;
	}
}

/** Deletes every copy in this tab and the device, and marks the deletion so other tabs delete theirs. */
export function deleteEverywhere(stores: Stores, now = new Date()): boolean {
	const gone = removeEverything(stores.session) && removeEverything(stores.device);
	const mark = now.toISOString();
	try {
		stores.device?.setItem(deletedKey, mark);
		stores.session?.setItem(deletionDoneKey, mark);
	} catch {
		// Without the mark, another tab's copy is only deleted when that tab shows the plan and this page tells it.
	}
	return gone;
}

/**
 * Carries out, in this tab, a deletion made in another tab since this tab last looked: its own copies go
 * (a duplicated tab starts with a copy of the first tab's storage). True if this tab held a copy.
 */
export function catchUpDeletion(stores: Stores): boolean {
	try {
		const mark = stores.device?.getItem(deletedKey) ?? null;
		const session = stores.session;
		if (mark === null || !session || session.getItem(deletionDoneKey) === mark) return false;
		const held = [storageKey, unreadableKey, hiddenKey].some((key) => session.getItem(key) !== null);
		removeEverything(session);
		session.setItem(deletionDoneKey, mark);
		return held;
	} catch {
		return false;
	}
}

/**
 * Sets this tab's plan aside after Exit this page (joined to one already set aside), so the page opens as new.
 * False (and nothing changed) if that cannot be done; the plan is then shown.
 */
export function hidePlan(session: PlanStorage, plan: Plan): boolean {
	try {
		const earlier = readHidden(session);
		session.setItem(hiddenKey, JSON.stringify(earlier ? mergePlans(earlier, plan) : plan));
		session.removeItem(storageKey);
		return true;
	} catch {
		return false;
	}
}

/** The plan set aside after Exit this page, if there is one this page can read. */
export function readHidden(session: PlanStorage | undefined): Plan | undefined {
	try {
		const raw = session?.getItem(hiddenKey);
		return raw ? parsePlan(JSON.parse(raw)) : undefined;
	} catch {
		return undefined;
	}
}

/** Whether a plan kept in this tab is hidden after Exit this page (yes unless the person chose otherwise). */
export function hidesOnExit(session: PlanStorage | undefined): boolean {
	try {
		return session?.getItem(hideOnExitKey) !== 'no';
	} catch {
		return true;
	}
}

export function setHidesOnExit(session: PlanStorage | undefined, hide: boolean): void {
	try {
		if (hide) session?.removeItem(hideOnExitKey);
		else session?.setItem(hideOnExitKey, 'no');
	} catch {
		// Nothing to lose: the choice only lasts for this tab anyway.
	}
}

/** A saved plan that could not be read, kept exactly as it was until the person downloads or deletes it. */
export type Unreadable = {
	area: Area;
	raw: string;
	/** Still in the plan's own place (it could not be moved aside): nothing is saved there until the person decides. */
	held: boolean;
};

export type Opened = {
	/** The plan to show. */
	plan: Plan;
	/** Where it is kept, and where changes are saved. */
	area: Area;
	/** What that area held when read: the next save expects to find it there. */
	synced: string | null;
	unreadable: Unreadable[];
	/** Neither area can be used: nothing can be saved on this device. */
	blocked: boolean;
	/** Exit this page was used since this tab's plan was last shown: it was set aside, and the page opens as new. */
	hidden: boolean;
	/** This tab held a copy of a plan deleted in another tab, and has now deleted it. */
	deletedElsewhere: boolean;
};

/**
 * Opens whatever is saved, when the page starts. This tab's own plan comes first (it is this tab's work);
 * otherwise the plan kept on the device. Plans that cannot be read are moved aside, never written over.
 * `exitUsed`: Exit this page was used in this tab since the plan was last shown.
 */
export function openSavedPlan(stores: Stores, { exitUsed = false } = {}): Opened {
	const deletedElsewhere = catchUpDeletion(stores);
	const unreadable: Unreadable[] = [];
	const contents = {} as Record<Area, AreaContents>;
	const hadPlan = {} as Record<Area, boolean>;
	for (const area of ['session', 'device'] as const) {
		const storage = stores[area];
		let found = readArea(storage);
		hadPlan[area] = found.status === 'loaded' || found.status === 'unreadable';
		if (found.status === 'unreadable') {
			if (keepUnreadable(storage!, found.raw)) found = { status: 'none' };
			else unreadable.push({ area, raw: found.raw, held: true });
		}
		contents[area] = found;
		try {
			const kept = storage?.getItem(unreadableKey);
			if (kept != null) unreadable.push({ area, raw: kept, held: false });
			// A plan moved aside because it could not be read was still kept here: new words are kept here too.
			if (kept != null) hadPlan[area] = true;
		} catch {
			// A store that cannot be read has nothing we can show.
		}
	}
	const area: Area = contents.session.status === 'loaded' || !hadPlan.device ? 'session' : 'device';
	const found = contents[area];
	const plan = found.status === 'loaded' ? found.plan : emptyPlan();
	const opened = {
		plan,
		area,
		synced: found.status === 'loaded' || found.status === 'unreadable' ? found.raw : null,
		unreadable,
		blocked: contents.session.status === 'unavailable' && contents.device.status === 'unavailable',
		hidden: false,
		deletedElsewhere,
	};
	const hide =
		exitUsed && area === 'session' && found.status === 'loaded' && !isBlank(plan) && hidesOnExit(stores.session);
	return hide && hidePlan(stores.session!, plan)
		? { ...opened, plan: emptyPlan(), synced: null, hidden: true }
		: opened;
}
