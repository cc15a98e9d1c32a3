import { DeliberationPublicController } from './deliberation-public.controller';
import { DeliberationController } from './deliberation.controller';

/** Community deliberation's routes (阳光议事), registered by the gateway module in one line. */
export const DELIBERATION_CONTROLLERS = [DeliberationController, DeliberationPublicController];
