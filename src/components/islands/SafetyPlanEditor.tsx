/**
 * The safety plan you can fill in. Rendered to HTML at build time (a plain form that works without JavaScript),
 * then hydrated with React on /safety-plan/fill-in/ to add saving, lists that grow, download, open and delete.
 * By default the plan lives in this tab (sessionStorage); keeping it on the device (localStorage) is a choice.
 * It saves on every change and never sends anything over the network. The rules that keep a plan from being
 * lost (another tab, a plan that cannot be read, a full or blocked store) are in src/lib/safety-plan/store.ts.
 */
import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import { contactSectionKeys, emptyPlan, isBlank, maxPlanFileBytes, mergePlans, parsePlan, planAsText, planLimits, type Contact, type ContactKey, type Plan } from '../../lib/safety-plan/plan.ts';
import { planSections, type PlanSection } from '../../lib/safety-plan/sections.ts';
import { hidesOnExit, openSavedPlan, readRaw, removeEverything, removePlan, removeUnreadable, savePlan, setHidesOnExit, storageKey, type Area, type Unreadable } from '../../lib/safety-plan/store.ts';

type Props = {
	/** The numbers pre-printed on every plan: PrintedNumbers.astro, passed in as a slot, so there is one rendering. */
	numbers?: ReactNode;
	/** The sessionStorage key Exit this page sets (src/lib/site.ts), passed in so the two scripts share no code. */
	exitUsedKey: string;
};

/** Another tab changed the plan (or there is already one on the device): nothing is saved until the person chooses. */
type Conflict = { raw: string | null; switching: boolean };
type Asking = { kind: 'delete' } | { kind: 'open'; plan: Plan; name: string } | { kind: 'unreadable'; item: Unreadable };

function storageFor(area: Area): Storage | undefined {
	try {
		return area === 'device' ? window.localStorage : window.sessionStorage;
	} catch {
		return undefined;
	}
}

function download(name: string, type: string, text: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function focusLater(id: string) {
	requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export default function SafetyPlanEditor({ numbers, exitUsedKey }: Props) {
	const [plan, setPlan] = useState<Plan>(() => emptyPlan());
	const [area, setArea] = useState<Area>('session');
	const [ready, setReady] = useState(false);
	const [hidden, setHidden] = useState(false);
	const [hideOnExit, setHideOnExit] = useState(true);
	const [unreadable, setUnreadable] = useState<Unreadable[]>([]);
	const [problem, setProblem] = useState<'full' | 'blocked' | null>(null);
	const [conflict, setConflict] = useState<Conflict | null>(null);
	const [asking, setAsking] = useState<Asking | null>(null);
	const [status, setStatus] = useState<string | null>(null);
	const [warning, setWarning] = useState<string | null>(null);
	/** What the plan's store held when this page last read or wrote it: a save only goes ahead if it still does. */
	const synced = useRef<string | null>(null);
	const root = useRef<HTMLDivElement>(null);
	const numbersBox = useRef<HTMLDivElement>(null);
	const held = unreadable.some((item) => item.held && item.area === area);

	function tell(text: string, urgent = false) {
		setStatus(urgent ? null : text);
		setWarning(urgent ? text : null);
	}

	function save(next: Plan, where: Area, expected = synced.current): boolean {
		const result = savePlan(storageFor(where), next, expected);
		if (result.status === 'saved') {
			synced.current = result.raw;
			setProblem(null);
		} else if (result.status === 'changed') setConflict({ raw: result.current, switching: false });
		else setProblem(result.status === 'full' ? 'full' : 'blocked');
		return result.status === 'saved';
	}

	/** Reads what is saved. `typed`: words typed into the page before it was ready, kept alongside the saved plan. */
	function start(typed?: Plan): Area {
		const session = storageFor('session');
		let exitUsed = false;
		try {
			exitUsed = session?.getItem(exitUsedKey) != null;
		} catch {
			// A blocked store has no plan to hide.
		}
		const opened = openSavedPlan({ session, device: storageFor('device') }, { exitUsed });
		if (!opened.hidden) forgetExit();
		synced.current = opened.synced;
		setArea(opened.area);
		setUnreadable(opened.unreadable);
		setHidden(opened.hidden);
		setHideOnExit(hidesOnExit(session));
		setConflict(null);
		setProblem(opened.blocked ? 'blocked' : null);
		const next = typed && !isBlank(typed) ? mergePlans(opened.plan, typed) : opened.plan;
		setPlan(next);
		if (next !== opened.plan && !opened.unreadable.some((item) => item.held && item.area === opened.area)) save(next, opened.area);
		setReady(true);
		return opened.area;
	}

	function forgetExit() {
		try {
			storageFor('session')?.removeItem(exitUsedKey);
		} catch {
			// Nothing is hidden if the store cannot be used.
		}
	}

	/** What is in the form fields before React takes over (the person may start typing before the page is ready). */
	function typedBeforeReady(): Plan {
		const typed = emptyPlan();
		const value = (id: string) => root.current?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)?.value ?? '';
		for (const id of Object.keys(typed.lists)) typed.lists[id] = [value(`plan-${id}-0`)];
		for (const [sectionId, key] of Object.entries(contactSectionKeys)) typed[key] = [{ name: value(`plan-${sectionId}-0-name`), phone: value(`plan-${sectionId}-0-phone`) }];
		return typed;
	}

	useEffect(() => void start(typedBeforeReady()), []);

	// Another tab saving or deleting the plan kept on this device: stop saving here and say so, before anything is lost.
	useEffect(() => {
		if (!ready || area !== 'device') return;
		const device = storageFor('device');
		const onStorage = (event: StorageEvent) => {
			if ((event.key !== null && event.key !== storageKey) || event.storageArea !== device) return;
			const current = readRaw(device);
			if (current !== undefined && current !== synced.current) setConflict({ raw: current, switching: false });
		};
		window.addEventListener('storage', onStorage);
		return () => window.removeEventListener('storage', onStorage);
	}, [ready, area]);

	function update(next: Plan) {
		const stamped = { ...next, updatedAt: new Date().toISOString() };
		setPlan(stamped);
		if (ready && !hidden && !conflict && !held) save(stamped, area);
	}

	function setLine(id: string, index: number, value: string) {
		const lines = [...(plan.lists[id] ?? [''])];
		lines[index] = value;
		update({ ...plan, lists: { ...plan.lists, [id]: lines } });
	}
	function addLine(id: string) {
		const lines = plan.lists[id] ?? [];
		update({ ...plan, lists: { ...plan.lists, [id]: [...lines, ''] } });
		focusLater(`plan-${id}-${lines.length}`);
	}
	function removeLine(id: string, index: number) {
		const lines = (plan.lists[id] ?? []).filter((_, i) => i !== index);
		update({ ...plan, lists: { ...plan.lists, [id]: lines.length > 0 ? lines : [''] } });
		focusLater(`plan-${id}-${Math.max(0, index - 1)}`);
	}
	function setContact(key: ContactKey, index: number, field: keyof Contact, value: string) {
		update({ ...plan, [key]: plan[key].map((c, i) => (i === index ? { ...c, [field]: value } : c)) });
	}
	function addContact(key: ContactKey, sectionId: string) {
		update({ ...plan, [key]: [...plan[key], { name: '', phone: '' }] });
		focusLater(`plan-${sectionId}-${plan[key].length}-name`);
	}
	function removeContact(key: ContactKey, sectionId: string, index: number) {
		const list = plan[key].filter((_, i) => i !== index);
		update({ ...plan, [key]: list.length > 0 ? list : [{ name: '', phone: '' }] });
		focusLater(`plan-${sectionId}-${Math.max(0, index - 1)}-name`);
	}

	function chooseArea(event: ChangeEvent<HTMLInputElement>) {
		const next: Area = event.target.checked ? 'device' : 'session';
		const target = storageFor(next);
		// Moving to the device: there must be nothing there already that the person has not seen.
		const result = savePlan(target, plan, next === 'device' ? null : (readRaw(target) ?? null));
		if (result.status === 'changed') return setConflict({ raw: result.current, switching: true });
		if (result.status !== 'saved') return tell('Your plan could not be moved. It is still kept where it was. Download it to keep a copy.', true);
		// The old copy goes, unless it is not this page's to remove (one that could not be read, or another tab's change).
		if (!held && !conflict) removePlan(storageFor(area));
		synced.current = result.raw;
		setArea(next);
		setConflict(null);
		tell(next === 'device' ? 'Your plan is now kept on this device until you delete it.' : 'Your plan is now kept only until you close this tab.');
	}

	function showOther() {
		if (conflict?.switching) removePlan(storageFor('session'));
		tell(start() === 'device' ? 'This page now shows the plan kept on this device.' : 'This page has been cleared.');
	}
	function keepThis() {
		if (!conflict || !save(plan, 'device', conflict.raw)) return;
		if (conflict.switching) {
			removePlan(storageFor('session'));
			setArea('device');
		}
		setConflict(null);
		tell('The plan on this page is now the one kept on this device.');
	}

	function deleteAll() {
		const gone = removeEverything(storageFor('session')) && removeEverything(storageFor('device'));
		synced.current = null;
		setPlan(emptyPlan());
		setArea('session');
		setUnreadable([]);
		setConflict(null);
		setProblem(null);
		setAsking(null);
		tell(gone ? 'Your plan has been deleted from this device.' : 'We could not delete every copy. Clear this site’s data in your browser settings.', !gone);
	}
	function deleteUnreadable(item: Unreadable) {
		setAsking(null);
		if (!removeUnreadable(storageFor(item.area), item.raw)) return tell('We could not delete it. Clear this site’s data in your browser settings.', true);
		setUnreadable((list) => list.filter((other) => other !== item));
		if (item.held && item.area === area) {
			synced.current = null;
			save(plan, area);
		}
		tell('The plan we could not read has been deleted.');
	}

	async function openFile(event: ChangeEvent<HTMLInputElement>) {
		const file = event.target.files?.[0];
		event.target.value = '';
		if (!file) return;
		let loaded: Plan | undefined;
		try {
			loaded = file.size > maxPlanFileBytes ? undefined : parsePlan(JSON.parse(await file.text()));
		} catch {
			loaded = undefined;
		}
		if (!loaded) return tell(`“${file.name}” is not a safety plan file from this site. Nothing has been changed.`, true);
		if (isBlank(plan)) openChosen(loaded, file.name);
		else setAsking({ kind: 'open', plan: loaded, name: file.name });
	}
	function openChosen(loaded: Plan, name: string) {
		setAsking(null);
		update(loaded);
		tell(`Your plan from “${name}” is open.`);
	}

	const helpLines = () => [...(numbersBox.current?.querySelectorAll('li') ?? [])].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
	const downloadText = () => download('my-safety-plan.txt', 'text/plain', planAsText(plan, helpLines()));
	const downloadPlan = () => download('my-safety-plan.json', 'application/json', JSON.stringify(plan, null, 2));
	const later = { disabled: !ready };

	return (
		<div className="plan-editor" ref={root} data-ready={ready ? '' : undefined}>
			<div className="plan-editor__status no-print" role="status">
				{status && <p>{status}</p>}
			</div>
			<div className="plan-editor__alert no-print" role="alert">
				{warning && <p className="warning">{warning}</p>}
				{problem && (
					<div className="warning">
						<p>
							<strong>{problem === 'full' ? 'Your plan could not be saved: this device has no room left.' : 'Your plan could not be saved: your browser is not letting this page save anything.'}</strong>{' '}
							What you typed is still on this page, but it will be lost when you close it. Download it now so you do not lose it.
						</p>
						<p>
							<button type="button" className="button" onClick={downloadPlan}>Download my plan now</button>
						</p>
					</div>
				)}
				{conflict && (
					<div className="warning">
						<p>
							<strong>
								{conflict.switching
									? 'There is already a different plan kept on this device.'
									: conflict.raw === null
										? 'Your plan was deleted in another tab.'
										: 'This plan was changed in another tab: reload to see it.'}
							</strong>{' '}
							{conflict.switching ? 'Your plan is still kept only in this tab.' : 'What you type here is not saved until you choose what to keep.'}
						</p>
						<p>
							<button type="button" className="button button--secondary" onClick={showOther}>
								{conflict.switching ? 'Show the plan kept on this device' : conflict.raw === null ? 'Clear this page' : 'Reload to see the other tab’s plan'}
							</button>{' '}
							<button type="button" className="button button--secondary" onClick={keepThis}>
								{conflict.switching ? 'Replace it with the plan on this page' : 'Keep the plan on this page'}
							</button>{' '}
							{conflict.switching ? (
								<button type="button" className="button button--secondary" onClick={() => setConflict(null)}>Cancel</button>
							) : (
								<button type="button" className="button button--secondary" onClick={downloadPlan}>Download the plan on this page</button>
							)}
						</p>
						<p className="hint">Showing the other plan replaces what is on this page now. Keeping this one replaces the other.</p>
					</div>
				)}
				{unreadable.map((item) => (
					<div className="warning" key={`${item.area}-${item.held}`}>
						<p>
							<strong>We found a saved plan on this device that we could not read.</strong> We have kept it exactly as it was. You can download it to look at, or delete it.
							{item.held && item.area === area && ' To keep it safe, changes on this page are not saved until you delete it. Download both first if you want to keep them.'}
						</p>
						<p>
							<button type="button" className="button button--secondary" onClick={() => download('my-safety-plan-could-not-read.txt', 'text/plain', item.raw)}>Download the plan we could not read</button>{' '}
							{item.held && item.area === area && (
								<>
									<button type="button" className="button button--secondary" onClick={downloadPlan}>Download my plan now</button>{' '}
								</>
							)}
							<button type="button" className="button button--warning" onClick={() => setAsking({ kind: 'unreadable', item })}>Delete the plan we could not read</button>
						</p>
						{asking?.kind === 'unreadable' && asking.item === item && (
							<Question yes="Yes, delete it" onYes={() => deleteUnreadable(item)} onNo={() => setAsking(null)}>
								Are you sure you want to delete the plan we could not read? You cannot undo this.
							</Question>
						)}
					</div>
				))}
			</div>

			{hidden ? (
				<div className="inset no-print">
					<p>Your plan is hidden, because Exit this page was used in this tab.</p>
					<p>
						<button type="button" className="button" onClick={() => (forgetExit(), setHidden(false))}>Show my plan</button>
					</p>
				</div>
			) : (
				<>
					<div className="plan-editor__choices no-print needs-js">
						<div className="checkbox">
							<input type="checkbox" id="keep-on-device" checked={area === 'device'} onChange={chooseArea} {...later} />
							<label htmlFor="keep-on-device">Keep my plan on this device</label>
						</div>
						<p className="hint">
							{area === 'device'
								? 'Your plan stays in this browser until you delete it. Anyone who uses this device and browser could see it. Exit this page does not hide it.'
								: 'Your plan is kept only in this tab. It is gone when you close the tab. Only tick this if no one else uses this device.'}
						</p>
						{area === 'session' && (
							<>
								<div className="checkbox">
									<input type="checkbox" id="hide-on-exit" checked={hideOnExit} onChange={(e) => (setHidesOnExit(storageFor('session'), e.target.checked), setHideOnExit(e.target.checked))} {...later} />
									<label htmlFor="hide-on-exit">Hide my plan when I use Exit this page</label>
								</div>
								<p className="hint">If you use Exit this page and then come back to this page in the same tab, your plan stays hidden until you choose to show it.</p>
							</>
						)}
					</div>

					{planSections.map((section, index) => {
						const key = contactSectionKeys[section.id as keyof typeof contactSectionKeys];
						return (
							<fieldset className="plan-section" key={section.id}>
								<legend>
									<h2>
										<span className="plan-section__number">{index + 1}.</span> {section.heading}
									</h2>
								</legend>
								<p className="plan-section__prompt" id={`plan-${section.id}-hint`}>{section.prompt}</p>
								{key ? (
									<ContactList
										section={section}
										contacts={plan[key]}
										ready={ready}
										onChange={(i, field, value) => setContact(key, i, field, value)}
										onAdd={() => addContact(key, section.id)}
										onRemove={(i) => removeContact(key, section.id, i)}
									/>
								) : (
									<LineList section={section} lines={plan.lists[section.id] ?? ['']} ready={ready} onChange={(i, value) => setLine(section.id, i, value)} onAdd={() => addLine(section.id)} onRemove={(i) => removeLine(section.id, i)} />
								)}
								{section.id === 'professionals' && (
									<div className="plan-editor__numbers" ref={numbersBox}>
										{numbers}
									</div>
								)}
							</fieldset>
						);
					})}

					<div className="plan-editor__actions no-print needs-js">
						<h2>Save, print or delete your plan</h2>
						<p>
							<button type="button" className="button" onClick={() => window.print()} {...later}>Print or save as PDF</button>
						</p>
						<p>
							<button type="button" className="button button--secondary" onClick={downloadText} {...later}>Download my plan to read</button>{' '}
							<button type="button" className="button button--secondary" onClick={downloadPlan} {...later}>Download my plan to open again later</button>
						</p>
						<p>
							<label className="label" htmlFor="open-plan">Open a saved plan</label>
							<span className="hint">Choose a plan file you downloaded from this site (my-safety-plan.json). It stays on your device.</span>
							<input id="open-plan" type="file" accept=".json,application/json" onChange={openFile} {...later} />
						</p>
						{asking?.kind === 'open' && (
							<Question yes="Yes, open it" onYes={() => openChosen(asking.plan, asking.name)} onNo={() => setAsking(null)}>
								Open the plan in “{asking.name}”? It will replace the plan on this page. Download this one first if you want to keep it.
							</Question>
						)}
						{asking?.kind === 'delete' ? (
							<Question yes="Yes, delete my plan" onYes={deleteAll} onNo={() => setAsking(null)}>
								Are you sure you want to delete your plan from this device? This also deletes any saved plan we could not read. You cannot undo this. Download it first if you want to keep a copy.
							</Question>
						) : (
							<p>
								<button type="button" className="button button--warning" onClick={() => setAsking({ kind: 'delete' })} {...later}>Delete my plan</button>
							</p>
						)}
					</div>
				</>
			)}
		</div>
	);
}

/** A question before something that cannot be undone. It takes focus, so a screen reader reads it at once. */
function Question({ children, yes, onYes, onNo }: { children: ReactNode; yes: string; onYes: () => void; onNo: () => void }) {
	const id = useId();
	const box = useRef<HTMLDivElement>(null);
	useEffect(() => box.current?.focus(), []);
	return (
		<div className="warning plan-question" role="group" aria-labelledby={id} tabIndex={-1} ref={box}>
			<p id={id}>
				<strong>{children}</strong>
			</p>
			<p>
				<button type="button" className="button button--warning" onClick={onYes}>{yes}</button>{' '}
				<button type="button" className="button button--secondary" onClick={onNo}>Cancel</button>
			</p>
		</div>
	);
}

/** Says how much room is left once a field is nearly full (the saved format holds no more than this). */
function Limit({ id, length, max, full }: { id: string; length: number; max: number; full: string }) {
	if (length < max * 0.9) return null;
	return (
		<p className="hint plan-limit no-print" id={id}>
			{length >= max ? full : `You have ${(max - length).toLocaleString('en-GB')} characters left.`}
		</p>
	);
}

/** "Add another line" (or person), until the section holds as many as the saved format allows. */
function AddButton({ what, count, most, heading, ready, onAdd }: { what: 'line' | 'person'; count: number; most: number; heading: string; ready: boolean; onAdd: () => void }) {
	if (count >= most) return <p className="hint no-print">{`This part of your plan is full. It can have up to ${most} ${what === 'line' ? 'lines' : 'people'}.`}</p>;
	return (
		<button type="button" className="button button--secondary no-print needs-js" onClick={onAdd} disabled={!ready}>
			{`Add another ${what}`}<span className="visually-hidden">{` to ${heading}`}</span>
		</button>
	);
}

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ');
const near = (length: number, max: number) => length >= max * 0.9;

type LineListProps = { section: PlanSection; lines: string[]; ready: boolean; onChange: (index: number, value: string) => void; onAdd: () => void; onRemove: (index: number) => void };

function LineList({ section, lines, ready, onChange, onAdd, onRemove }: LineListProps) {
	return (
		<>
			<ul className="plan-lines">
				{lines.map((line, i) => {
					const id = `plan-${section.id}-${i}`;
					return (
						<li key={i}>
							<label className="visually-hidden" htmlFor={id}>{`${section.heading}, line ${i + 1}`}</label>
							<textarea
								className={ready ? 'input plan-lines__input screen-only' : 'input plan-lines__input'}
								id={id}
								rows={2}
								value={line}
								maxLength={planLimits.lineLength}
								aria-describedby={describedBy(`plan-${section.id}-hint`, near(line.length, planLimits.lineLength) && `${id}-limit`)}
								onChange={(e) => onChange(i, e.target.value)}
							/>
							<Limit id={`${id}-limit`} length={line.length} max={planLimits.lineLength} full="This line is full. Add another line to write more." />
							{ready && <p className="print-only plan-lines__printed">{line}</p>}
							<button type="button" className="link-button no-print needs-js" onClick={() => onRemove(i)} disabled={!ready}>
								Remove<span className="visually-hidden">{` line ${i + 1} from ${section.heading}`}</span>
							</button>
						</li>
					);
				})}
			</ul>
			<AddButton what="line" count={lines.length} most={planLimits.lines} heading={section.heading} ready={ready} onAdd={onAdd} />
		</>
	);
}

type ContactListProps = {
	section: PlanSection;
	contacts: Contact[];
	ready: boolean;
	onChange: (index: number, field: keyof Contact, value: string) => void;
	onAdd: () => void;
	onRemove: (index: number) => void;
};

function ContactList({ section, contacts, ready, onChange, onAdd, onRemove }: ContactListProps) {
	const field = (i: number, name: keyof Contact, label: string, max: number, value: string) => {
		const id = `plan-${section.id}-${i}-${name}`;
		return (
			<span className={ready ? 'screen-only' : undefined}>
				<label className="label" htmlFor={id}>{`${label} ${i + 1}`}</label>
				<input
					className="input"
					id={id}
					type={name === 'phone' ? 'tel' : 'text'}
					value={value}
					maxLength={max}
					autoComplete="off"
					aria-describedby={near(value.length, max) ? `${id}-limit` : undefined}
					onChange={(e) => onChange(i, name, e.target.value)}
				/>
				<Limit id={`${id}-limit`} length={value.length} max={max} full="This box is full." />
			</span>
		);
	};
	return (
		<>
			<ul className="plan-lines">
				{contacts.map((contact, i) => (
					<li key={i} className="plan-contact">
						{field(i, 'name', 'Name', planLimits.nameLength, contact.name)}
						{field(i, 'phone', 'Phone number', planLimits.phoneLength, contact.phone)}
						{ready && <p className="print-only plan-lines__printed">{[contact.name, contact.phone].filter(Boolean).join(': ')}</p>}
						<button type="button" className="link-button no-print needs-js" onClick={() => onRemove(i)} disabled={!ready}>
							Remove<span className="visually-hidden">{` contact ${i + 1} from ${section.heading}`}</span>
						</button>
					</li>
				))}
			</ul>
			<AddButton what="person" count={contacts.length} most={planLimits.contacts} heading={section.heading} ready={ready} onAdd={onAdd} />
		</>
	);
}
