/** One pass through the popup for every brand: each card type × goal it offers yields a sourced checklist. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRANDS } from '../../data/brands';
import { CARD_TYPES, GOALS } from '../../data/schema';
import { computeChecklist, isOffered } from '../../utils/checklist';
import { t } from '../../utils/i18n';
import { type Harness, launch } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => {
  await h?.close();
});

describe.each(BRANDS.map((b) => [b.id, b] as const))('popup plans for %s', (_id, brand) => {
  it('renders a checklist for every card type × goal the brand offers, and greys out the rest', async () => {
    const popup = await h.openPopup();
    for (const card of CARD_TYPES) {
      for (const goal of GOALS) {
        const newButton = popup.getByRole('button', { name: /New checklist/ });
        if (await newButton.isVisible()) await newButton.click();
        await popup.locator('#brand-select').selectOption(brand.id);
        const cardRadio = popup.locator(`input[name="card"][value="${card}"]`);
        expect(await cardRadio.isDisabled()).toBe(!brand.cards.includes(card));
        if (!brand.cards.includes(card)) continue;
        await cardRadio.check();
        await popup.locator(`input[name="goal"][value="${goal}"]`).check();
        const create = popup.getByRole('button', { name: 'Make my checklist' });
        expect(await create.isDisabled()).toBe(!isOffered(brand, card, goal));
        if (!isOffered(brand, card, goal)) continue;
        await create.click();
        // The title names brand, card and goal, so it tells this checklist from the one made before it
        // (which can have as many steps).
        await expect
          .poll(() => popup.locator('#plan-title').textContent())
          .toContain(`${brand.name.en} · ${t('en', `card.${card}`)} · ${t('en', `goal.${goal}`)}`);
        const expected = computeChecklist(brand, card, goal).length;
        expect(await popup.locator('.checklist .step').count()).toBe(expected);
        expect(await popup.locator('.checklist .fact-meta .sources').count()).toBeGreaterThanOrEqual(
          expected,
        );
      }
    }
    await popup.close();
  });
});
