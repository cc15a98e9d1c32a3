export * from './clock';
export * from './local-time';
export * from './shifted-clock';
