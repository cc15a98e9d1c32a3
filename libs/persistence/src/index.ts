export * from './request-context';
export * from './tenant-transactions';
export * from './service-data-source';
export * from './durability-check';
export * from './tenant-isolation';
export * from './role-check';
export * from './app-role';
export * from './write-back';
