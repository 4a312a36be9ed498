/**
 * The plan's sections as form fields: a list of lines, or of people with their numbers. They are drawn at build
 * time as a plain form (typed into and printed without JavaScript); once the editor runs, lines can be added and
 * removed, and each field is printed as a paragraph so nothing is cut off on paper.
 */
import type { ReactNode } from 'react';
import {
	withContact,
	withLine,
	withNewContact,
	withNewLine,
	withoutContact,
	withoutLine,
} from '../../../lib/safety-plan/edit.ts';
import { contactSectionKeys, planLimits, type Contact, type Plan } from '../../../lib/safety-plan/plan.ts';
import type { PlanSection as Section } from '../../../lib/safety-plan/sections.ts';
import { focusLater } from './parts.tsx';

type SectionProps = {
	section: Section;
	number: number;
	plan: Plan;
	ready: boolean;
	onChange: (plan: Plan) => void;
	children?: ReactNode;
};

export function PlanSection({ section, number, plan, ready, onChange, children }: SectionProps) {
	const key = contactSectionKeys[section.id as keyof typeof contactSectionKeys];
	const change = (next: Plan, focusId?: string) => {
		onChange(next);
		if (focusId) focusLater(focusId);
	};
	const lines = plan.lists[section.id] ?? [''];
	return (
		<fieldset className="plan-section">
			<legend>
				<h2>
					<span className="plan-section__number">{number}.</span> {section.heading}
				</h2>
			</legend>
			<p className="plan-section__prompt" id={`plan-${section.id}-hint`}>
				{section.prompt}
			</p>
			{key ? (
				<ContactList
					section={section}
					contacts={plan[key]}
					ready={ready}
					onChange={(i, field, value) => change(withContact(plan, key, i, field, value))}
					onAdd={() => change(withNewContact(plan, key), `plan-${section.id}-${plan[key].length}-name`)}
					onRemove={(i) => change(withoutContact(plan, key, i), `plan-${section.id}-${Math.max(0, i - 1)}-name`)}
				/>
			) : (
				<LineList
					section={section}
					lines={lines}
					ready={ready}
					onChange={(i, value) => change(withLine(plan, section.id, i, value))}
					onAdd={() => change(withNewLine(plan, section.id), `plan-${section.id}-${lines.length}`)}
					onRemove={(i) => change(withoutLine(plan, section.id, i), `plan-${section.id}-${Math.max(0, i - 1)}`)}
				/>
			)}
			{children}
		</fieldset>
	);
}

/** Says how much room is left once a field is nearly full (the saved format holds no more than this). */
function Limit({ id, length, max, full }: { id: string; length: number; max: number; full: string }) {
	if (!near(length, max)) return null;
	return (
		<p className="hint plan-limit no-print" id={id}>
			{length >= max ? full : `You have ${(max - length).toLocaleString('en-GB')} characters left.`}
		</p>
	);
}

/** "Add another line" (or person), until the section holds as many as the saved format allows. */
function AddButton({
	what,
	count,
	most,
	heading,
	ready,
	onAdd,
}: {
	what: 'line' | 'person';
	count: number;
	most: number;
	heading: string;
	ready: boolean;
	onAdd: () => void;
}) {
	if (count >= most)
		return (
			<p className="hint no-print">{`This part of your plan is full. It can have up to ${most} ${what === 'line' ? 'lines' : 'people'}.`}</p>
		);
	return (
		<button type="button" className="button button--secondary no-print needs-js" onClick={onAdd} disabled={!ready}>
			{`Add another ${what}`}
			<span className="visually-hidden">{` to ${heading}`}</span>
		</button>
	);
}

function RemoveButton({ what, ready, onRemove }: { what: string; ready: boolean; onRemove: () => void }) {
	return (
		<button type="button" className="link-button no-print needs-js" onClick={onRemove} disabled={!ready}>
			Remove<span className="visually-hidden">{` ${what}`}</span>
		</button>
	);
}

const describedBy = (...ids: (string | false)[]) => ids.filter(Boolean).join(' ') || undefined;
const near = (length: number, max: number) => length >= max * 0.9;

type ListProps<T> = { section: Section; ready: boolean; onAdd: () => void; onRemove: (index: number) => void } & T;

function LineList({
	section,
	lines,
	ready,
	onChange,
	onAdd,
	onRemove,
}: ListProps<{ lines: string[]; onChange: (index: number, value: string) => void }>) {
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
								autoComplete="off"
								aria-describedby={describedBy(
									`plan-${section.id}-hint`,
									near(line.length, planLimits.lineLength) && `${id}-limit`,
								)}
								onChange={(e) => onChange(i, e.target.value)}
							/>
							<Limit
								id={`${id}-limit`}
								length={line.length}
								max={planLimits.lineLength}
								full="This line is full. Add another line to write more."
							/>
							{ready && <p className="print-only plan-lines__printed">{line}</p>}
							<RemoveButton what={`line ${i + 1} from ${section.heading}`} ready={ready} onRemove={() => onRemove(i)} />
						</li>
					);
				})}
			</ul>
			<AddButton
				what="line"
				count={lines.length}
				most={planLimits.lines}
				heading={section.heading}
				ready={ready}
				onAdd={onAdd}
			/>
		</>
	);
}

type ContactProps = { contacts: Contact[]; onChange: (index: number, field: keyof Contact, value: string) => void };

function ContactList({ section, contacts, ready, onChange, onAdd, onRemove }: ListProps<ContactProps>) {
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
						{ready && (
							<p className="print-only plan-lines__printed">
								{[contact.name, contact.phone].filter(Boolean).join(': ')}
							</p>
						)}
						<RemoveButton
							what={`contact ${i + 1} from ${section.heading}`}
							ready={ready}
							onRemove={() => onRemove(i)}
						/>
					</li>
				))}
			</ul>
			<AddButton
				what="person"
				count={contacts.length}
				most={planLimits.contacts}
				heading={section.heading}
				ready={ready}
				onAdd={onAdd}
			/>
		</>
	);
}
