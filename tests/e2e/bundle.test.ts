/**
 * The built content script (the e2e build): it must not carry the claims engine, Dexie, Fuse.js
 * or valibot (the engine, the corpus, the matcher and the message schemas belong to the
 * background: see utils/engine/check.ts), and it stays under 50 kB gzipped. The background, which owns them, is checked the other way round so the test
 * would notice if those libraries' markers stopped showing in a bundle at all.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';

const dir = inject('extensionDir');

describe.skipIf(!dir)('content-script bundle', () => {
  const content = () => readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
  const background = () => readFileSync(join(dir, 'background.js'), 'utf8');

  it('carries no claims engine, Dexie, Fuse.js or valibot; the background does', () => {
    // Strings each keeps after minification (the engine's: words of its English and Russian number tables).
    const markers = { engine: /dozens[\s\S]*более|более[\s\S]*dozens/, dexie: /Dexie/, fuse: /Fuse/, valibot: /kind:[`'"]schema[`'"]/ };
    for (const [name, marker] of Object.entries(markers)) {
      expect(marker.test(background()), `${name} marker in background.js`).toBe(true);
      expect(marker.test(content()), `${name} in content.js`).toBe(false);
    }
  });

  it('is under 50 kB gzipped', () => {
    const gzipped = gzipSync(content(), { level: 9 }).length;
    console.log(`content.js: ${(content().length / 1024).toFixed(1)} kB minified, ${(gzipped / 1024).toFixed(1)} kB gzipped`);
    expect(gzipped).toBeLessThan(50 * 1024);
  });
});
