import { defineConfig } from 'wxt';

// The manifest asks only for what the features use: `storage` for progress and settings, `alarms` and
// `notifications` for deadline reminders (they can be switched off in the popup). Host access comes
// from the content scripts' own match patterns (every page for the scam guard, carrier hosts for the assistant).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: { sourcemap: false, minify: process.env.KG_NOMINIFY ? false : undefined },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'kaiyaku-guard@kaiyaku-guard.example',
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
