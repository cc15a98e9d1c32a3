export * from './catalogue-rule';
export * from './match-catalogue';
export * from './deadline-policy';
export * from './compute-deadlines';
export * from './district-rules';
