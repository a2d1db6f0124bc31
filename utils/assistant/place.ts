/**
 * Where the hint bubble goes: below its element when there is room, else above, always inside the viewport.
 * The bubble's height is never measured (that would force a layout of the whole page): below, its top edge is
 * fixed; above, its bottom edge; and its height is capped to the room on that side.
 */

export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

export type Placement = { left: number; maxHeight: number } & (
  | { side: 'below'; top: number }
  | { side: 'above'; bottom: number }
);

export const BUBBLE_WIDTH = 320;
const GAP = 12;
const MARGIN = 8;
/** Below is preferred while it leaves the bubble at least this much height. */
const ROOM_BELOW = 240;

export function placeBubble(target: Box, viewport: { width: number; height: number }): Placement {
  const below = target.top + target.height + GAP;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = target.top - GAP - MARGIN;
  const left = Math.max(MARGIN, Math.min(target.left, viewport.width - BUBBLE_WIDTH - MARGIN));
  return roomBelow >= ROOM_BELOW || roomBelow >= roomAbove
    ? { side: 'below', top: below, left, maxHeight: roomBelow }
    : { side: 'above', bottom: viewport.height - target.top + GAP, left, maxHeight: roomAbove };
}
