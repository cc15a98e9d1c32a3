export * from './context';
export * from './errors';
export * from './envelope';
export * from './request-fields';
export * from './events/event-types';
export * from './commands/subjects';
export * from './commands/messages';
export * from './commands/payloads';
