/** Print, download, open and delete the plan. Each works only once the editor runs (drawn disabled until then). */
import { useState, type ChangeEvent } from 'react';
import { isBlank, maxPlanFileBytes, parsePlan, type Plan } from '../../../lib/safety-plan/plan.ts';
import type { PlanKeeper } from './plan-keeper.ts';
import { Question } from './parts.tsx';

type Props = { plan: Plan; ready: boolean; keeper: PlanKeeper; downloadText: () => void; downloadPlan: () => void };

/** Reads a plan file the person chose; undefined for anything that is not a safety plan from this site. */
async function readPlanFile(file: File): Promise<Plan | undefined> {
	try {
		return file.size > maxPlanFileBytes ? undefined : parsePlan(JSON.parse(await file.text()));
	} catch {
		return undefined;
	}
}

export function PlanActions({ plan, ready, keeper, downloadText, downloadPlan }: Props) {
	const [asking, setAsking] = useState<{ kind: 'delete' } | { kind: 'open'; plan: Plan; name: string } | null>(null);
	const later = { disabled: !ready };

	async function openFile(event: ChangeEvent<HTMLInputElement>) {
		const file = event.target.files?.[0];
		event.target.value = '';
		if (!file) return;
		const loaded = await readPlanFile(file);
		if (!loaded) return keeper.notAPlan(file.name);
		if (isBlank(plan)) keeper.openPlan(loaded, file.name);
		else setAsking({ kind: 'open', plan: loaded, name: file.name });
	}

	return (
		<div className="plan-editor__actions no-print needs-js">
			<h2>Save, print or delete your plan</h2>
			<p>
				<button type="button" className="button" onClick={() => window.print()} {...later}>
					Print or save as PDF
				</button>
			</p>
			<p>
				<button type="button" className="button button--secondary" onClick={downloadText} {...later}>
					Download my plan to read
				</button>{' '}
				<button type="button" className="button button--secondary" onClick={downloadPlan} {...later}>
					Download my plan to open again later
				</button>
			</p>
			<p>
				<label className="label" htmlFor="open-plan">
					Open a saved plan
				</label>
				<span className="hint">
					Choose a plan file you downloaded from this site (my-safety-plan.json). It stays on your device.
				</span>
				<input id="open-plan" type="file" accept=".json,application/json" onChange={openFile} {...later} />
			</p>
			{asking?.kind === 'open' && (
				<Question
					yes="Yes, open it"
					onYes={() => (setAsking(null), keeper.openPlan(asking.plan, asking.name))}
					onNo={() => setAsking(null)}
				>
					Open the plan in “{asking.name}”? It will replace the plan on this page. Download this one first if you want
					to keep it.
				</Question>
			)}
			{asking?.kind === 'delete' ? (
				<Question
					yes="Yes, delete my plan"
					onYes={() => (setAsking(null), keeper.deleteAll())}
					onNo={() => setAsking(null)}
				>
					Are you sure you want to delete your plan from this device? This deletes it in every tab of this site, and any
					saved plan we could not read. You cannot undo this. Download it first if you want to keep a copy.
				</Question>
			) : (
				<p>
					<button
						type="button"
						className="button button--warning"
						onClick={() => setAsking({ kind: 'delete' })}
						{...later}
					>
						Delete my plan
					</button>
				</p>
			)}
		</div>
	);
}
