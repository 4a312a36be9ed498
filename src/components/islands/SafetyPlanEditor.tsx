/**
 * The safety plan you can fill in. Rendered to HTML at build time (a plain form that works without JavaScript),
 * then hydrated with React on /safety-plan/fill-in/ to add saving, lists that grow, download, open and delete.
 * Until then it says that it cannot save yet. By default the plan lives in this tab (sessionStorage); keeping it
 * on the device (localStorage) is a choice. Keeping it in step with storage is safety-plan/plan-keeper.ts; the
 * parts of the page are the components beside it.
 */
import { useRef, type ReactNode } from 'react';
import { contactSectionKeys, emptyPlan, planAsText, type Plan } from '../../lib/safety-plan/plan.ts';
import { planSections } from '../../lib/safety-plan/sections.ts';
import { PlanActions } from './safety-plan/PlanActions.tsx';
import { PlanAlerts } from './safety-plan/PlanAlerts.tsx';
import { NotSavingYet, PlanChoices } from './safety-plan/PlanChoices.tsx';
import { PlanSection } from './safety-plan/PlanSections.tsx';
import { download } from './safety-plan/parts.tsx';
import { usePlanKeeper } from './safety-plan/plan-keeper.ts';

type Props = {
	/** The numbers pre-printed on every plan: PrintedNumbers.astro, passed in as a slot, so there is one rendering. */
	numbers?: ReactNode;
	/** The sessionStorage key Exit this page sets (src/lib/site.ts), passed in so the two scripts share no code. */
	exitUsedKey: string;
};

/** What is in the form fields before the editor runs (the person may start typing before the page is ready). */
function typedInto(root: HTMLElement | null): Plan {
	const typed = emptyPlan();
	const value = (id: string) => root?.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)?.value ?? '';
	for (const id of Object.keys(typed.lists)) typed.lists[id] = [value(`plan-${id}-0`)];
	for (const [sectionId, key] of Object.entries(contactSectionKeys))
		typed[key] = [{ name: value(`plan-${sectionId}-0-name`), phone: value(`plan-${sectionId}-0-phone`) }];
	return typed;
}

export default function SafetyPlanEditor({ numbers, exitUsedKey }: Props) {
	const root = useRef<HTMLDivElement>(null);
	const numbersBox = useRef<HTMLDivElement>(null);
	const [state, keeper] = usePlanKeeper(exitUsedKey, () => typedInto(root.current));
	const helpLines = () =>
		[...(numbersBox.current?.querySelectorAll('li') ?? [])].map((li) =>
			(li.textContent ?? '').replace(/\s+/g, ' ').trim(),
		);
	const downloadText = () => download('my-safety-plan.txt', 'text/plain', planAsText(state.plan, helpLines()));
	const downloadPlan = () => download('my-safety-plan.json', 'application/json', JSON.stringify(state.plan, null, 2));

	return (
		<div className="plan-editor" ref={root} data-ready={state.ready ? '' : undefined}>
			<PlanAlerts state={state} keeper={keeper} downloadPlan={downloadPlan} />
			{state.ready ? <PlanChoices state={state} keeper={keeper} /> : <NotSavingYet />}
			{planSections.map((section, index) => (
				<PlanSection
					key={section.id}
					section={section}
					number={index + 1}
					plan={state.plan}
					ready={state.ready}
					onChange={(plan) => keeper.update(plan)}
				>
					{section.id === 'professionals' && (
						<div className="plan-editor__numbers" ref={numbersBox}>
							{numbers}
						</div>
					)}
				</PlanSection>
			))}
			<PlanActions
				plan={state.plan}
				ready={state.ready}
				keeper={keeper}
				downloadText={downloadText}
				downloadPlan={downloadPlan}
			/>
		</div>
	);
}
