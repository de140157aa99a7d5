/** The installation's composition, for tests anywhere (the lint rule lets test code reach src/app/testing/ only). */
export { APP, MODULES } from '../modules.js';
