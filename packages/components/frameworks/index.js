// The framework integrations are types only (react.d.ts, vue.d.ts); this module is what a runtime import of
// `@coursekit/components/react` or `/vue` finds, and it defines nothing.
export {};
