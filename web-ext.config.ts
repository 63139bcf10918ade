import { defineWebExtConfig } from 'wxt';

// `wxt dev` would try to open a browser; where there is no display that crashes, so it is off.
export default defineWebExtConfig({ disabled: true });
