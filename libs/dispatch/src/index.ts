export { DispatchModule, DISPATCH_SERVICE } from './dispatch.module';
export { DEMO_AREAS, DEMO_CATEGORIES, DEMO_UNITS } from './districts/demo-district';
