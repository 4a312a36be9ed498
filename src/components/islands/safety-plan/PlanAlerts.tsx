/** What the person must know at once about their plan: it could not be saved, another tab changed it, or a saved plan could not be read. */
import { useState } from 'react';
import type { Unreadable } from '../../../lib/safety-plan/store.ts';
import type { EditorState, PlanKeeper } from './plan-keeper.ts';
import { download, Question } from './parts.tsx';

type Props = { state: EditorState; keeper: PlanKeeper; downloadPlan: () => void };

export function PlanAlerts({ state, keeper, downloadPlan }: Props) {
	return (
		<>
			<div className="plan-editor__status no-print" role="status">
				{state.message && !state.message.urgent && <p>{state.message.text}</p>}
			</div>
			<div className="plan-editor__alert no-print" role="alert">
				{state.message?.urgent && <p className="warning">{state.message.text}</p>}
				{state.problem && <SavingProblem problem={state.problem} downloadPlan={downloadPlan} />}
				{state.conflict && (
					<ConflictWarning
						switching={state.conflict.switching}
						deleted={state.conflict.raw === null}
						keeper={keeper}
						downloadPlan={downloadPlan}
					/>
				)}
				{state.unreadable.map((item) => (
					<UnreadableWarning
						key={`${item.area}-${item.held}`}
						item={item}
						holdsSaving={item.held && item.area === state.area}
						keeper={keeper}
						downloadPlan={downloadPlan}
					/>
				))}
			</div>
		</>
	);
}

function SavingProblem({ problem, downloadPlan }: { problem: 'full' | 'blocked'; downloadPlan: () => void }) {
	return (
		<div className="warning">
			<p>
				<strong>
					{problem === 'full'
						? 'Your plan could not be saved: this device has no room left.'
						: 'Your plan could not be saved: your browser is not letting this page save anything.'}
				</strong>{' '}
				What you typed is still on this page, but it will be lost when you close it. Download it now so you do not lose
				it.
			</p>
			<p>
				<button type="button" className="button" onClick={downloadPlan}>
					Download my plan now
				</button>
			</p>
		</div>
	);
}

function ConflictWarning({
	switching,
	deleted,
	keeper,
	downloadPlan,
}: {
	switching: boolean;
	deleted: boolean;
	keeper: PlanKeeper;
	downloadPlan: () => void;
}) {
	const secondary = 'button button--secondary';
	return (
		<div className="warning">
			<p>
				<strong>
					{switching
						? 'There is already a different plan kept on this device.'
						: deleted
							? 'Your plan was deleted in another tab.'
							: 'This plan was changed in another tab: reload to see it.'}
				</strong>{' '}
				{switching
					? 'Your plan is still kept only in this tab.'
					: 'What you type here is not saved until you choose what to keep.'}
			</p>
			<p>
				<button type="button" className={secondary} onClick={() => keeper.showOther()}>
					{switching
						? 'Show the plan kept on this device'
						: deleted
							? 'Clear this page'
							: 'Reload to see the other tab’s plan'}
				</button>{' '}
				<button type="button" className={secondary} onClick={() => keeper.keepThis()}>
					{switching ? 'Replace it with the plan on this page' : 'Keep the plan on this page'}
				</button>{' '}
				{switching ? (
					<button type="button" className={secondary} onClick={() => keeper.cancelConflict()}>
						Cancel
					</button>
				) : (
					<button type="button" className={secondary} onClick={downloadPlan}>
						Download the plan on this page
					</button>
				)}
			</p>
			<p className="hint">
				Showing the other plan replaces what is on this page now. Keeping this one replaces the other.
			</p>
		</div>
	);
}

type UnreadableProps = { item: Unreadable; holdsSaving: boolean; keeper: PlanKeeper; downloadPlan: () => void };

function UnreadableWarning({ item, holdsSaving, keeper, downloadPlan }: UnreadableProps) {
	const [asking, setAsking] = useState(false);
	return (
		<div className="warning">
			<p>
				<strong>We found a saved plan on this device that we could not read.</strong> We have kept it exactly as it was.
				You can download it to look at, or delete it.
				{holdsSaving &&
					' To keep it safe, changes on this page are not saved until you delete it. Download both first if you want to keep them.'}
			</p>
			<p>
				<button
					type="button"
					className="button button--secondary"
					onClick={() => download('my-safety-plan-could-not-read.txt', 'text/plain', item.raw)}
				>
					Download the plan we could not read
				</button>{' '}
				{holdsSaving && (
					<>
						<button type="button" className="button button--secondary" onClick={downloadPlan}>
							Download my plan now
						</button>{' '}
					</>
				)}
				<button type="button" className="button button--warning" onClick={() => setAsking(true)}>
					Delete the plan we could not read
				</button>
			</p>
			{asking && (
				<Question
					yes="Yes, delete it"
					onYes={() => (setAsking(false), keeper.deleteUnreadable(item))}
					onNo={() => setAsking(false)}
				>
					Are you sure you want to delete the plan we could not read? You cannot undo this.
				</Question>
			)}
		</div>
	);
}
