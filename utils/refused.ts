/**
 * How the background's deliberate refusals start (the sender is not allowed, the change does not apply), so the
 * popup can tell them from a message lost on the way, which may be sent again. A module of its own: the popup
 * needs this string but not the message schemas (and valibot) beside which it would otherwise live.
 */
export const REFUSED = 'Kaiyaku Guard refused: ';
