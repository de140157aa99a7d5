import { localized } from '../../../platform/i18n/localized.js';
import { editorEn } from './editor.en.js';
import { editorSv } from './editor.sv.js';

/** These texts in the language of the request being answered (Swedish outside a request). */
export const editorText = localized(editorSv, editorEn);
