/** The enterprise's alert settings (under /mitt-foretag: its editors only). */
export const ALERT_SETTINGS_PATH = '/mitt-foretag/bevakning';
/** One-click unsubscribe, without sign-in: the token in the address is the key. */
export const UNSUBSCRIBE_PATH = '/bevakning/avsluta';
export const unsubscribePath = (token: string) => `${UNSUBSCRIBE_PATH}/${token}`;
