/** Small pieces the plan editor's components share. */
import { useEffect, useId, useRef, type ReactNode } from 'react';

/** Saves text as a file on the device (nothing is sent anywhere: the file is made in the page). */
export function download(name: string, type: string, text: string) {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Moves focus once React has drawn the change (a line just added or removed). */
export function focusLater(id: string) {
	requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** A question before something that cannot be undone. It takes focus, so a screen reader reads it at once. */
export function Question({
	children,
	yes,
	onYes,
	onNo,
}: {
	children: ReactNode;
	yes: string;
	onYes: () => void;
	onNo: () => void;
}) {
	const id = useId();
	const box = useRef<HTMLDivElement>(null);
	useEffect(() => box.current?.focus(), []);
	return (
		<div className="warning plan-question" role="group" aria-labelledby={id} tabIndex={-1} ref={box}>
			<p id={id}>
				<strong>{children}</strong>
			</p>
			<p>
				<button type="button" className="button button--warning" onClick={onYes}>
					{yes}
				</button>{' '}
				<button type="button" className="button button--secondary" onClick={onNo}>
					Cancel
				</button>
			</p>
		</div>
	);
}
