export * from './error';
export type * from './error-codes';
export * from './language-change';
export * from './page-change';
export * from './ready';
export * from './learning';
