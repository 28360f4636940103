/** A member's display name, or null when the id is not (yet) in the state: defined once, in @dr/shared. */
export { memberName } from '@dr/shared';
