import { describe, expect, it } from 'vitest';
import { parseTrustProxy } from './clientAddress.js';

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, 'loopback'],
    ['', 'loopback'],
    ['false', false],
    ['TRUE', true],
    ['2', 2],
    ['10.0.0.0/8, loopback', '10.0.0.0/8, loopback'],
  ])('%j reads as %j', (value, expected) => {
    expect(parseTrustProxy(value)).toEqual(expected);
  });
});
