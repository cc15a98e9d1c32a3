export * from './calendar-year';
export * from './china-2026';
export * from './working-calendar';
