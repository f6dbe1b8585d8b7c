// Small DOM helpers for the panels: typed element lookup, building list items, and the one alert
// region where errors are announced (role="alert") in words, never by colour alone.

export function byId<T extends HTMLElement>(doc: Document, id: string, type: new () => T): T {
  const el = doc.getElementById(id);
  if (!(el instanceof type)) throw new Error(`task pane markup lacks #${id}`);
  return el;
}

export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className !== undefined) el.className = className;
  return el;
}

export interface Announcer {
  /** Shows and announces a problem: what went wrong, why, what next. */
  error(message: string): void;
  clear(): void;
}

export function announcer(doc: Document): Announcer {
  const box = byId(doc, 'alert', HTMLDivElement);
  return {
    error(message) {
      box.textContent = message;
      box.hidden = false;
    },
    clear() {
      box.textContent = '';
      box.hidden = true;
    },
  };
}

/** Runs a button's action with the button disabled, and turns any failure into an announced error. */
export async function busy(button: HTMLButtonElement, alert: Announcer, action: () => Promise<void>): Promise<void> {
  button.disabled = true;
  alert.clear();
  try {
    await action();
  } catch (e) {
    alert.error(failureText(e));
  } finally {
    button.disabled = false;
  }
}

/** Excel and the browser fail with terse messages; say what happened and what to try. */
export function failureText(e: unknown): string {
  const detail = e instanceof Error ? e.message : String(e);
  return `Excel could not finish this step (${detail}). Save your workbook, close this pane, open it again and retry. If it keeps failing, tell your facilitator.`;
}

export async function readFileText(file: File): Promise<string> {
  return file.text();
}

/**
 * Asks in the pane (Office add-ins may not open browser dialogs): the question and two buttons in
 * `box`, announced; resolves true for the first. The box is emptied once answered.
 */
export function ask(doc: Document, box: HTMLElement, question: string, yes: string, no: string): Promise<boolean> {
  return new Promise((resolve) => {
    const p = element(doc, 'p', question, 'sa-question');
    p.setAttribute('role', 'alert');
    const row = element(doc, 'div', undefined, 'sa-row');
    const answer = (value: boolean) => () => {
      box.replaceChildren();
      resolve(value);
    };
    for (const [text, value, cls] of [[yes, true, 'sa-button sa-primary'], [no, false, 'sa-button']] as const) {
      const b = element(doc, 'button', text, cls);
      b.type = 'button';
      b.addEventListener('click', answer(value));
      row.append(b);
    }
    box.replaceChildren(p, row);
    row.querySelector('button')?.focus();
  });
}
