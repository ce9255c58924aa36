export * from './i18n';
export * from './markdown';
export * from './styles';
export * from './events';
export * from './controllers';
