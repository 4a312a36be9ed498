/**
 * Where the plan is kept, and what Exit this page does to it. Until the editor runs, nothing is saved, so the page
 * says so instead (a script that is blocked, fails or is too new for the browser never gets further than this).
 */
import type { EditorState, PlanKeeper } from './plan-keeper.ts';

export function NotSavingYet() {
	return (
		<div className="warning no-print needs-js plan-not-ready">
			<p>
				<strong>This page cannot save what you type yet.</strong> It is lost if you leave or reload the page before it
				starts saving. If this message stays, this page cannot save in your browser.
			</p>
			<p>
				You can still type into it and print it: use your browser's Print option (often in the menu, or Ctrl+P). Or{' '}
				<a href="/safety-plan/my-safety-plan/">print a blank safety plan</a> and fill it in by hand.
			</p>
		</div>
	);
}

export function PlanChoices({ state, keeper }: { state: EditorState; keeper: PlanKeeper }) {
	const inTab = state.area === 'session';
	return (
		<div className="plan-editor__choices no-print needs-js">
			<div className="checkbox">
				<input
					type="checkbox"
					id="keep-on-device"
					checked={!inTab}
					onChange={(event) => keeper.chooseArea(event.target.checked)}
				/>
				<label htmlFor="keep-on-device">Keep my plan on this device</label>
			</div>
			<p className="hint">
				{inTab
					? 'Your plan is kept only in this tab. It is gone when you close the tab. Only tick this if no one else uses this device: Exit this page does not hide a plan kept on this device.'
					: 'Your plan stays in this browser until you delete it. Anyone who uses this device and browser could see it. Exit this page does not hide it.'}
			</p>
			{inTab && (
				<>
					<div className="checkbox">
						<input
							type="checkbox"
							id="hide-on-exit"
							checked={state.hideOnExit}
							onChange={(event) => keeper.setHideOnExit(event.target.checked)}
						/>
						<label htmlFor="hide-on-exit">Hide my plan when I use Exit this page</label>
					</div>
					<p className="hint">
						If you use Exit this page and then come back to this page in the same tab, the page is empty and your plan
						is hidden. It is not deleted.
					</p>
					<p>
						<button type="button" className="button button--secondary" onClick={() => keeper.showHidden()}>
							Show my hidden plan
						</button>
					</p>
				</>
			)}
		</div>
	);
}
