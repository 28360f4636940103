import type { EventBody } from '@dr/shared';
import { describe, expect, it } from 'vitest';
import { joined, stateFrom } from '../testState';
import { proposalsBySupport } from './proposalsBySupport';

const proposed = (itemId: string): EventBody => ({
  type: 'agenda.proposed',
  itemId,
  title: itemId,
  description: '',
  proposedBy: null,
});
const supported = (itemId: string, memberId: string): EventBody => ({ type: 'agenda.supported', itemId, memberId });

describe('the proposed topics', () => {
  it('come most supported first, ties in the order proposed, without scheduled or rejected ones', () => {
    const state = stateFrom([
      joined('m1'),
      joined('m2'),
      ...['lights', 'parking', 'festival', 'school', 'bins'].map(proposed),
      supported('festival', 'm1'),
      supported('festival', 'm2'),
      supported('parking', 'm1'),
      { type: 'agenda.scheduled', itemId: 'bins', position: 0 },
      { type: 'agenda.rejected', itemId: 'school', reason: 'Not ours' },
    ]);
    expect(proposalsBySupport(state).map((i) => i.id)).toEqual(['festival', 'parking', 'lights']);
  });
});
