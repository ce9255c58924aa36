export * from './engine-controller';
