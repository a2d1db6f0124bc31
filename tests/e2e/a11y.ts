/** The accessibility check every e2e file uses on what it shows: axe-core's serious and critical findings. */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * Serious and critical axe-core findings on `page` (or inside `include`, an axe context selector), as
 * `rule: targets` lines; also how many checks passed, so a scope that matched nothing cannot pass unnoticed.
 * axe is evaluated through the DevTools protocol: extension pages' CSP rightly refuses inline scripts.
 */
export async function axeFindings(
  page: Page,
  include?: unknown,
): Promise<{ passed: number; violations: string[] }> {
  await page.evaluate(axe.source);
  return page.evaluate(async (scope) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const result = await run(scope ? ({ include: scope } as axe.ElementContext) : document);
    return {
      passed: result.passes.length,
      violations: result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    };
  }, include);
}
