export * from './tokens';
export * from './theme';
export * from './contrast';
export * from './base.styles';
