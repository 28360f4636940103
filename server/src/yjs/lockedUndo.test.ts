import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { paragraph } from '../testing/docTestClient.js';
import { applyUndoingLocked } from './lockedUndo.js';

describe('applyUndoingLocked', () => {
  it('re-creates what an update deleted in a locked draft, keeps its other changes, and lets Yjs collect the deleted copy', () => {
    const server = new Y.Doc();
    const ana = new Y.Doc();
    ana.getXmlFragment('draft:a').push([paragraph('x'.repeat(10_000))]);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(ana));
    const before = Y.encodeStateVector(ana);
    ana.transact(() => {
      ana.getXmlFragment('draft:a').delete(0, 1);
      ana.getXmlFragment('draft:b').push([paragraph('Elsewhere.')]);
    });

    const changed = applyUndoingLocked(server, Y.encodeStateAsUpdate(ana, before), 'ana', ['draft:a']);
    expect(changed).toEqual([]);
    expect(server.getXmlFragment('draft:a').toString()).toBe(`<paragraph>${'x'.repeat(10_000)}</paragraph>`);
    expect(server.getXmlFragment('draft:b').toString()).toBe('<paragraph>Elsewhere.</paragraph>');
    // One copy of the text, not two: the deleted original holds no content any more.
    expect(Y.encodeStateAsUpdate(server).length).toBeLessThan(10_200);
  });
});
