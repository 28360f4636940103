import { describe, expect, it } from 'vitest';
import { draftServerUrl } from './draftUrl';

describe('draftServerUrl', () => {
  it('uses the page’s own origin, with wss behind https', () => {
    expect(draftServerUrl({ protocol: 'http:', host: '127.0.0.1:3000' })).toBe('ws://127.0.0.1:3000/yjs');
    expect(draftServerUrl({ protocol: 'https:', host: 'council.example' })).toBe('wss://council.example/yjs');
  });
});
