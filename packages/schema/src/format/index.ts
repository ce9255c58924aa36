export type * from './text';
export type * from './blocks';
export type * from './questions';
export type * from './scenario';
export type * from './glossary';
export type { Include, Author, Character, Expressions, ImageRef, Page, Module, CompletionRules, MasteryRules, CertificateSettings, ThemeTokens, TrackingOptions, NavigationRules, Course, ResolvedCourse } from './course';
export { SCHEMA_VERSION } from './course';
