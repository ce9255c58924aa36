export * from './error';
export * from './language-change';
export * from './page-change';
export * from './ready';
export * from './learning';
