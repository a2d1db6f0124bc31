import { defineConfig } from 'wxt';

// The manifest asks only for what the features use: `storage` for progress and settings, `alarms` and
// `notifications` for deadline reminders (they can be switched off in the popup). Host access comes
// from the content scripts' own match patterns (every page for the scam guard, carrier hosts for the assistant).
// tests/e2e/manifest.e2e.ts holds the built manifests to this and to README "Security and privacy".

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      sourcemap: false,
      minify: process.env.KG_NOMINIFY ? false : undefined,
      // Vite's modulepreload polyfill fetch()es the chunks an extension page preloads; the browsers this
      // extension supports preload modules natively, so the built code keeps no fetch() at all
      // (tests/e2e/manifest.e2e.ts scans for network calls).
      modulePreload: { polyfill: false },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    action: { default_title: '__MSG_extName__' },
    // Extension pages run only the extension's own files: no remote or inline script, no eval, no WebAssembly
    // (which Chromium's MV3 default would allow), no plugins. WXT writes it as a string for Firefox's MV2.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
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
