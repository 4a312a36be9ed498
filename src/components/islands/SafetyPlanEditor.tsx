/**
 * The safety plan you can fill in. A React island, only on /safety-plan/fill-in/.
 * By default the plan lives in this tab (sessionStorage); keeping it on the device (localStorage) is a choice.
 * It saves on every change and never sends anything over the network.
 */
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { emptyPlan, isBlank, loadPlan, parsePlan, planAsText, removePlan, savePlan, type Plan } from '../../lib/safety-plan/plan.ts';
import type { PlanSection } from '../../lib/safety-plan/sections.ts';

type HelpNumber = { name: string; display: string; href: string };
type Props = { sections: PlanSection[]; numbers: HelpNumber[] };
type Mode = 'session' | 'device';

function storageFor(mode: Mode): Storage | undefined {
	try {
		return mode === 'device' ? window.localStorage : window.sessionStorage;
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

const contactSections = new Set(['people-to-ask', 'professionals']);

export default function SafetyPlanEditor({ sections, numbers }: Props) {
	const [plan, setPlan] = useState<Plan>(() => emptyPlan());
	const [mode, setMode] = useState<Mode>('session');
	const [message, setMessage] = useState<{ text: string; urgent: boolean } | null>(null);
	const [saveProblem, setSaveProblem] = useState<string | null>(null);
	const [confirmDelete, setConfirmDelete] = useState(false);
	const [ready, setReady] = useState(false);
	const fileInput = useRef<HTMLInputElement>(null);

	useEffect(() => {
		const onDevice = loadPlan(storageFor('device'));
		const inTab = loadPlan(storageFor('session'));
		if (onDevice.status === 'loaded') {
			setPlan(onDevice.plan);
			setMode('device');
		} else if (inTab.status === 'loaded') setPlan(inTab.plan);
		if (onDevice.status === 'corrupted' || inTab.status === 'corrupted')
			setMessage({ text: 'We found a saved plan on this device but could not read it. You can start a new plan here, or open a plan file you downloaded.', urgent: true });
		if (inTab.status === 'unavailable' && onDevice.status === 'unavailable')
			setSaveProblem('Your browser is not letting this page save anything. Your plan will be lost when you close this page. Download it to keep it.');
		setReady(true);
	}, []);

	function update(next: Plan, nextMode: Mode = mode) {
		const stamped = { ...next, updatedAt: new Date().toISOString() };
		setPlan(stamped);
		const result = savePlan(storageFor(nextMode), stamped);
		if (result.status === 'saved') setSaveProblem(null);
		else
			setSaveProblem(
				result.status === 'full'
					? 'This device has no room left to save your plan. Download it now so you do not lose it.'
					: 'Your browser is not letting this page save anything. Download your plan so you do not lose it.'
			);
	}

	function setLine(id: string, index: number, value: string) {
		const lines = [...(plan.lists[id] ?? [''])];
		lines[index] = value;
		update({ ...plan, lists: { ...plan.lists, [id]: lines } });
	}
	function addLine(id: string) {
		update({ ...plan, lists: { ...plan.lists, [id]: [...(plan.lists[id] ?? []), ''] } });
		requestAnimationFrame(() => document.querySelector<HTMLElement>(`#plan-${id}-${(plan.lists[id] ?? []).length}`)?.focus());
	}
	function removeLine(id: string, index: number) {
		const lines = (plan.lists[id] ?? []).filter((_, i) => i !== index);
		update({ ...plan, lists: { ...plan.lists, [id]: lines.length > 0 ? lines : [''] } });
	}
	type ContactKey = 'people' | 'professionals';
	function setContact(key: ContactKey, index: number, field: 'name' | 'phone', value: string) {
		const list = plan[key].map((c, i) => (i === index ? { ...c, [field]: value } : c));
		update({ ...plan, [key]: list });
	}
	function addContact(key: ContactKey, sectionId: string) {
		update({ ...plan, [key]: [...plan[key], { name: '', phone: '' }] });
		requestAnimationFrame(() => document.querySelector<HTMLElement>(`#plan-${sectionId}-${plan[key].length}-name`)?.focus());
	}
	function removeContact(key: ContactKey, index: number) {
		const list = plan[key].filter((_, i) => i !== index);
		update({ ...plan, [key]: list.length > 0 ? list : [{ name: '', phone: '' }] });
	}

	function keepOnDevice(event: ChangeEvent<HTMLInputElement>) {
		const next: Mode = event.target.checked ? 'device' : 'session';
		const result = savePlan(storageFor(next), plan);
		if (result.status !== 'saved') {
			setMessage({ text: 'Your plan could not be kept on this device. Download it instead.', urgent: true });
			return;
		}
		removePlan(storageFor(next === 'device' ? 'session' : 'device'));
		setMode(next);
		setMessage({
			text: next === 'device' ? 'Your plan is now kept on this device until you delete it.' : 'Your plan is now kept only until you close this tab.',
			urgent: false,
		});
	}

	function deletePlan() {
		const gone = removePlan(storageFor('session')) && removePlan(storageFor('device'));
		setPlan(emptyPlan());
		setMode('session');
		setConfirmDelete(false);
		setMessage({ text: gone ? 'Your plan has been deleted from this device.' : 'We could not delete every copy. Clear this site’s data in your browser settings.', urgent: !gone });
	}

	async function openFile(event: ChangeEvent<HTMLInputElement>) {
		const file = event.target.files?.[0];
		event.target.value = '';
		if (!file) return;
		let loaded: Plan | undefined;
		try {
			loaded = file.size > 1_000_000 ? undefined : parsePlan(JSON.parse(await file.text()));
		} catch {
			loaded = undefined;
		}
		if (!loaded) {
			setMessage({ text: `“${file.name}” is not a safety plan file from this site. Nothing has been changed.`, urgent: true });
			return;
		}
		update(loaded);
		setMessage({ text: `Your plan from “${file.name}” is open.`, urgent: false });
	}

	const helpLines = numbers.map((n) => `${n.name}: ${n.display}`);

	return (
		<div className="plan-editor" data-ready={ready ? 'true' : 'false'}>
			<div className="plan-editor__status no-print" role="status">
				{message && !message.urgent && <p>{message.text}</p>}
			</div>
			<div className="plan-editor__alert no-print" role="alert">
				{message && message.urgent && <p className="warning">{message.text}</p>}
				{saveProblem && <p className="warning">{saveProblem}</p>}
			</div>

			<div className="plan-editor__choices no-print">
				<div className="checkbox">
					<input type="checkbox" id="keep-on-device" checked={mode === 'device'} onChange={keepOnDevice} />
					<label htmlFor="keep-on-device">Keep my plan on this device</label>
				</div>
				<p className="hint">
					{mode === 'device'
						? 'Your plan stays in this browser until you delete it. Anyone who uses this device and browser could see it.'
						: 'Your plan is kept only in this tab. It is gone when you close the tab. Only tick this if no one else uses this device.'}
				</p>
			</div>

			{sections.map((section, index) => (
				<fieldset className="plan-section" key={section.id}>
					<legend>
						<h2>
							<span className="plan-section__number">{index + 1}.</span> {section.heading}
						</h2>
					</legend>
					<p className="plan-section__prompt" id={`plan-${section.id}-hint`}>{section.prompt}</p>
					{contactSections.has(section.id) ? (
						<ContactList
							sectionId={section.id}
							contacts={section.id === 'people-to-ask' ? plan.people : plan.professionals}
							onChange={(i, field, value) => setContact(section.id === 'people-to-ask' ? 'people' : 'professionals', i, field, value)}
							onAdd={() => addContact(section.id === 'people-to-ask' ? 'people' : 'professionals', section.id)}
							onRemove={(i) => removeContact(section.id === 'people-to-ask' ? 'people' : 'professionals', i)}
						/>
					) : (
						<>
							<ul className="plan-lines">
								{(plan.lists[section.id] ?? ['']).map((line, i) => (
									<li key={i}>
										<label className="visually-hidden" htmlFor={`plan-${section.id}-${i}`}>{`${section.heading}, line ${i + 1}`}</label>
										<textarea className="input plan-lines__input screen-only" id={`plan-${section.id}-${i}`} rows={2} value={line} aria-describedby={`plan-${section.id}-hint`} onChange={(e) => setLine(section.id, i, e.target.value)} />
										<p className="print-only plan-lines__printed">{line}</p>
										<button type="button" className="link-button no-print" onClick={() => removeLine(section.id, i)}>
											Remove<span className="visually-hidden">{` line ${i + 1} from ${section.heading}`}</span>
										</button>
									</li>
								))}
							</ul>
							<button type="button" className="button button--secondary no-print" onClick={() => addLine(section.id)}>
								Add another line<span className="visually-hidden">{` to ${section.heading}`}</span>
							</button>
						</>
					)}
					{section.id === 'professionals' && (
						<ul className="printed-numbers">
							{numbers.map((n) => (
								<li key={n.name}>
									<strong>{n.name}:</strong> <a className="contact__link" href={n.href}>{n.display}</a>
								</li>
							))}
						</ul>
					)}
				</fieldset>
			))}

			<div className="plan-editor__actions no-print">
				<h2>Save, print or delete your plan</h2>
				<p>
					<button type="button" className="button" onClick={() => window.print()}>Print or save as PDF</button>
				</p>
				<p>
					<button type="button" className="button button--secondary" onClick={() => download('my-safety-plan.txt', 'text/plain', planAsText(plan, helpLines))}>Download my plan to read</button>{' '}
					<button type="button" className="button button--secondary" onClick={() => download('my-safety-plan.json', 'application/json', JSON.stringify(plan, null, 2))}>Download my plan to open again later</button>
				</p>
				<p>
					<label className="label" htmlFor="open-plan">Open a saved plan</label>
					<span className="hint">Choose a plan file you downloaded from this site (my-safety-plan.json). It stays on your device.</span>
					<input ref={fileInput} id="open-plan" type="file" accept=".json,application/json" onChange={openFile} />
				</p>
				{!confirmDelete ? (
					<p>
						<button type="button" className="button button--warning" disabled={isBlank(plan) && mode === 'session'} onClick={() => setConfirmDelete(true)}>Delete my plan</button>
					</p>
				) : (
					<div className="warning" role="group" aria-labelledby="confirm-delete">
						<p id="confirm-delete"><strong>Are you sure you want to delete your plan from this device?</strong> You cannot undo this. Download it first if you want to keep a copy.</p>
						<p>
							<button type="button" className="button button--warning" onClick={deletePlan}>Yes, delete my plan</button>{' '}
							<button type="button" className="button button--secondary" onClick={() => setConfirmDelete(false)}>Cancel</button>
						</p>
					</div>
				)}
			</div>
		</div>
	);
}

type ContactListProps = {
	sectionId: string;
	contacts: { name: string; phone: string }[];
	onChange: (index: number, field: 'name' | 'phone', value: string) => void;
	onAdd: () => void;
	onRemove: (index: number) => void;
};

function ContactList({ sectionId, contacts, onChange, onAdd, onRemove }: ContactListProps) {
	return (
		<>
			<ul className="plan-lines">
				{contacts.map((contact, i) => (
					<li key={i} className="plan-contact">
						<span className="screen-only">
							<label className="label" htmlFor={`plan-${sectionId}-${i}-name`}>{`Name ${i + 1}`}</label>
							<input className="input" id={`plan-${sectionId}-${i}-name`} value={contact.name} autoComplete="off" onChange={(e) => onChange(i, 'name', e.target.value)} />
						</span>
						<span className="screen-only">
							<label className="label" htmlFor={`plan-${sectionId}-${i}-phone`}>{`Phone number ${i + 1}`}</label>
							<input className="input" id={`plan-${sectionId}-${i}-phone`} type="tel" value={contact.phone} autoComplete="off" onChange={(e) => onChange(i, 'phone', e.target.value)} />
						</span>
						<p className="print-only plan-lines__printed">{[contact.name, contact.phone].filter(Boolean).join(': ')}</p>
						<button type="button" className="link-button no-print" onClick={() => onRemove(i)}>
							Remove<span className="visually-hidden">{` contact ${i + 1}`}</span>
						</button>
					</li>
				))}
			</ul>
			<button type="button" className="button button--secondary no-print" onClick={onAdd}>Add another person</button>
		</>
	);
}
