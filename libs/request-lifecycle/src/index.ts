export * from './request-status';
export * from './request-action';
export * from './request-transitions';
