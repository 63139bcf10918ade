import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest and build settings. Permissions are the narrowest that work; see README "Permissions".
export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Tally',
    description: 'Marks the figures in a news story and shows how other outlets reported them. Runs locally.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'tally@tally.local', strict_min_version: '115.0' } } }
      : {}),
  }),
});
