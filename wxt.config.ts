import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Manifest and build settings. Permissions are the narrowest that work; see README "Permissions".
export default defineConfig({
  // No auto-imports: every module says where its names come from (docs/architecture.md).
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Tally',
    description: 'Marks the figures in a news story and shows how other outlets reported them. Runs locally.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // data_collection_permissions: Tally collects and transmits nothing (AMO requires the key).
            gecko: { id: 'tally@tally.local', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            // Android got data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
