import { describe, expect, it } from 'vitest';
import { hashText } from './hashText.js';

describe('hashText', () => {
  it('is SHA-256 hex', async () => {
    expect(await hashText('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
