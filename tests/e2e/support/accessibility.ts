/// <reference lib="dom" />
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../support/stack/service-process';

// axe-core from node_modules (never the network) and a Tab walk through the page: the portal's
// accessibility audit beyond labels checked by eye.
const AXE = join(REPO_ROOT, 'node_modules/axe-core/axe.min.js');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeFinding {
  view: string;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/** The WCAG 2.1 A/AA violations axe finds on the page as it is now, one finding per rule. */
export async function axeFindings(page: Page, view: string): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: unknown): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ rule: v.id, impact: v.impact ?? 'unknown', help: v.help, targets: v.nodes.map((node) => node.target.join(' ')) }));
  }, WCAG_21_AA);
  return violations.map((violation) => ({ view, ...violation }));
}

export const isBlocking = (finding: AxeFinding) => finding.impact === 'serious' || finding.impact === 'critical';

export interface KeyboardReport {
  /** Visible, enabled controls that Tab never reached. */
  unreached: string[];
  /** Controls that took focus from Tab without a visible focus indicator. */
  withoutRing: string[];
}

/**
 * Walks the page with Tab from the top: every visible, enabled control must take focus (one radio per
 * group, as browsers do) and show a focus ring (an outline or a box shadow) while it has it.
 */
export async function keyboardWalk(page: Page): Promise<KeyboardReport> {
  const count = await page.evaluate(() => {
    const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const seenRadioGroups = new Set<string>();
    let index = 0;
    for (const element of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      element.removeAttribute('data-kbd');
      const style = getComputedStyle(element);
      if (element.getClientRects().length === 0 || style.visibility === 'hidden') continue;
      if (element instanceof HTMLInputElement && element.type === 'radio') {
        if (seenRadioGroups.has(element.name)) continue;
        seenRadioGroups.add(element.name);
      }
      element.setAttribute('data-kbd', String(index++));
    }
    // Tab starts after the focused element: a focusable marker at the very top starts the walk there.
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'kbd-walk-start';
    document.body.prepend(start);
    start.focus();
    return index;
  });
  const reached = new Set<string>();
  const withoutRing: string[] = [];
  let previous: string | undefined;
  for (let step = 0; step < 2 * count + 20; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const radio = element instanceof HTMLInputElement && element.type === 'radio' ? document.querySelector(`input[type="radio"][name="${element.name}"][data-kbd]`) : null;
      const style = getComputedStyle(element);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
      const name = `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? (element as HTMLInputElement).name ?? '').trim().slice(0, 40)}"`;
      return { key: (radio ?? element).getAttribute('data-kbd') ?? `unlisted ${name}`, name, ring };
    });
    if (!focused) break;
    // Tab moves through the parts of a date or month input without leaving it.
    if (focused.key === previous) continue;
    if (reached.has(focused.key)) break;
    previous = focused.key;
    reached.add(focused.key);
    if (!focused.ring) withoutRing.push(focused.name);
  }
  await page.evaluate(() => document.getElementById('kbd-walk-start')?.remove());
  const unreached = await page.evaluate(
    (seen) =>
      Array.from(document.querySelectorAll<HTMLElement>('[data-kbd]'))
        .filter((element) => !seen.includes(element.getAttribute('data-kbd')!))
        .map((element) => `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40)}"`),
    [...reached],
  );
  return { unreached, withoutRing };
}
