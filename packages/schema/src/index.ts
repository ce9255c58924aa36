export * from './format/index';
