/**
 * Build stamps decide whether `pnpm start` rebuilds: any change to an input must rebuild, and
 * nothing else may (dependencies, outputs, run-time data).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashInputs, readStamp, writeStamp } from '../../scripts/buildStamp.mjs';

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};
const inputs = ['client', 'shared', 'pnpm-lock.yaml'];

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'dr-stamp-'));
  write('client/src/main.tsx', 'render()');
  write('client/index.html', '<div id="root"></div>');
  write('shared/src/apply.ts', 'export {}');
  write('pnpm-lock.yaml', 'lockfileVersion: 9');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the inputs hash', () => {
  it('changes when a file changes, appears, disappears or moves', () => {
    const before = hashInputs(root, inputs);
    expect(hashInputs(root, inputs)).toBe(before);

    write('shared/src/apply.ts', 'export const x = 1;');
    const edited = hashInputs(root, inputs);
    expect(edited).not.toBe(before);

    write('client/.env.production', 'VITE_X=1');
    const added = hashInputs(root, inputs);
    expect(added).not.toBe(edited);

    rmSync(path.join(root, 'client/.env.production'));
    expect(hashInputs(root, inputs)).toBe(edited);

    rmSync(path.join(root, 'shared/src/apply.ts'));
    write('shared/src/fold.ts', 'export const x = 1;'); // same content, another name
    expect(hashInputs(root, inputs)).not.toBe(edited);
  });

  it('counts a missing input as a change (a deleted lockfile is not "nothing changed")', () => {
    const before = hashInputs(root, inputs);
    rmSync(path.join(root, 'pnpm-lock.yaml'));
    expect(hashInputs(root, inputs)).not.toBe(before);
  });

  it('ignores dependencies, build outputs, caches and data', () => {
    const before = hashInputs(root, inputs);
    write('client/node_modules/react/index.js', 'x');
    write('client/dist/index.html', 'built');
    write('client/.vite/deps.json', '{}');
    write('shared/data/deliberation.sqlite', 'db'); // DATA_DIR when started inside a package folder
    expect(hashInputs(root, inputs)).toBe(before);
  });

  it('reads a data folder inside the sources, which is code, not run-time data', () => {
    const before = hashInputs(root, inputs);
    write('client/src/data/places.ts', 'export const places = [];');
    expect(hashInputs(root, inputs)).not.toBe(before);
  });
});

describe('the stamp', () => {
  it('is absent until a build writes it, and then reads back', () => {
    const out = path.join(root, 'client/dist');
    expect(readStamp(out)).toBeUndefined(); // no output folder at all
    mkdirSync(out, { recursive: true });
    expect(readStamp(out)).toBeUndefined(); // an output folder from an interrupted build
    const hash = hashInputs(root, inputs);
    writeStamp(out, hash);
    expect(readStamp(out)).toBe(hash);
  });
});
