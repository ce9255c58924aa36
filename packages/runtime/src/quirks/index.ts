export { QUIRK_PROFILES, resolveQuirks } from './profiles';
export type { QuirkProfile, QuirkProfileId } from './profiles';
