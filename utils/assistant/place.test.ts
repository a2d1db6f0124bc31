import { describe, expect, it } from 'vitest';
import { placeBubble } from './place';

const viewport = { width: 1000, height: 800 };

describe('placeBubble', () => {
  it('goes below the element when there is room', () => {
    expect(placeBubble({ top: 100, left: 50, width: 80, height: 20 }, viewport)).toEqual({
      side: 'below',
      top: 132,
      left: 50,
      maxHeight: 660,
    });
  });
  it('goes above an element near the bottom, its bottom edge just over the element', () => {
    expect(placeBubble({ top: 700, left: 50, width: 80, height: 20 }, viewport)).toEqual({
      side: 'above',
      bottom: 112,
      left: 50,
      maxHeight: 680,
    });
  });
  it('takes the side with more room when neither has enough', () => {
    expect(placeBubble({ top: 200, left: 50, width: 80, height: 500 }, viewport).side).toBe('above');
    expect(placeBubble({ top: 100, left: 50, width: 80, height: 500 }, viewport).side).toBe('below');
  });
  it('stays inside the viewport horizontally', () => {
    expect(placeBubble({ top: 100, left: 950, width: 40, height: 20 }, viewport).left).toBe(672);
    expect(placeBubble({ top: 100, left: -30, width: 40, height: 20 }, viewport).left).toBe(8);
  });
});
