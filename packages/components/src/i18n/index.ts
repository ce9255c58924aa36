export * from './languages';
export * from './msg';
export * from './document-language';
export * from './language-controller';
export * from './lazy';
