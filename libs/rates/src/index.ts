export * from './unit-month-counts';
export * from './three-rates';
export * from './composite-index';
export * from './rank-units';
