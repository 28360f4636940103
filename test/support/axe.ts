/// <reference lib="dom" />
/** Accessibility checks with axe-core, run inside the page under test. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now (a panel's own checks). */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  // Evaluated by the browser's debugger, not as a <script> tag: the page's Content-Security-Policy
  // refuses inline scripts, and rightly so.
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
  });
  return (results.violations as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
}

/**
 * Every violation axe-core finds on the page as it is now, of any rule it runs by default: WCAG
 * A/AA and best practices alike (`heading-order`, `label-content-name-mismatch`, `region` …), of
 * any impact. Only experimental rules are left out, as axe does by default.
 */
export async function allViolations(page: Page): Promise<Violation[]> {
  // As above: through the debugger, not a <script> tag.
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return axe.run({ resultTypes: ['violations'] });
  });
  return (
    results.violations as { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[]
  ).map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
  }));
}

/**
 * How far the page is wider than its viewport, in CSS px (0: no horizontal scrolling), and the
 * innermost elements that stick out past its right edge (tag.class), to say what to fix.
 */
export function horizontalOverflow(page: Page): Promise<{ overflow: number; wide: string[] }> {
  return page.evaluate(() => {
    const doc = (globalThis as unknown as { document: Document }).document;
    const width = doc.documentElement.clientWidth;
    const out = [...doc.body.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > width + 0.5);
    const wide = out
      .filter((e) => !out.some((other) => other !== e && e.contains(other)))
      .slice(0, 5)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')}`);
    return { overflow: Math.max(0, doc.documentElement.scrollWidth - width), wide };
  });
}
