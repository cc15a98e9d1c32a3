import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'civicloop:public';

/** Routes anyone may call without signing in (health probes). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
