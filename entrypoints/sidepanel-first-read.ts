/**
 * A classic script in the side panel's head: it starts the panel's first read (the tab's figures)
 * while the browser still loads the panel's modules (utils/pages/first-read.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFirstRead } from '@/utils/pages/first-read';

export default defineUnlistedScript(() => startFirstRead());
