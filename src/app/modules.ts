import { compose } from '../platform/composition.js';
import type { AppModule } from '../platform/module.js';
import { enterpriseRegister } from '../modules/register/index.js';
import { procurement } from '../modules/procurement/index.js';
import { followup } from '../modules/followup/index.js';

/**
 * The modules of this installation, in the order their routes are registered. The only list
 * of modules in the code: adding one is its folder under src/modules/ and one line here.
 */
export const MODULES: readonly AppModule[] = [enterpriseRegister, procurement, followup];

/** The platform with these modules: what the server, the CLI and the tests run. */
export const APP = compose(MODULES);
