import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { paragraph } from '../testing/docTestClient.js';
import { planUpdate, refusalUpdate, type DraftAccess, type PlanPolicy } from './updatePlan.js';

const policy = (access: Record<string, DraftAccess>): PlanPolicy => ({
  access: (root) => access[root] ?? 'none',
  mayGrow: () => true,
  mayKeepMarkers: () => true,
});

/** An update from two people, each writing into two roots, built so their items interleave. */
function mixedUpdate(): Uint8Array {
  const ana = new Y.Doc();
  const bo = new Y.Doc();
  ana.getXmlFragment('draft:a').push([paragraph('Ana in a.')]);
  bo.getMap('junk').set('k', 'x'.repeat(500));
  ana.getMap('junk').set('k2', 'y'.repeat(500));
  Y.applyUpdate(bo, Y.encodeStateAsUpdate(ana));
  bo.getXmlFragment('draft:a').push([paragraph('Bo in a.')]);
  ana.getXmlFragment('draft:a').push([paragraph('Ana again.')]);
  return Y.mergeUpdates([Y.encodeStateAsUpdate(ana), Y.encodeStateAsUpdate(bo)]);
}

describe('planUpdate', () => {
  it('hands back an update it keeps whole as it is', () => {
    const update = Y.encodeStateAsUpdate(
      (() => {
        const doc = new Y.Doc();
        doc.getXmlFragment('draft:a').push([paragraph('Fine.')]);
        return doc;
      })(),
    );
    const plan = planUpdate(new Y.Doc(), update, policy({ 'draft:a': 'open' }));
    expect(plan.update).toBe(update);
    expect(plan.refused).toEqual([]);
    expect([...plan.growth.keys()]).toEqual(['draft:a']);
  });

  it('keeps the rest of a mixed update exactly, and learns every clock of what it refuses', () => {
    const update = mixedUpdate();
    const plan = planUpdate(new Y.Doc(), update, policy({ 'draft:a': 'open' }));
    expect(plan.refused.map((part) => [part.reason, part.root])).toEqual([['draft.notADraft', 'junk']]);

    const filtered = new Y.Doc();
    Y.applyUpdate(filtered, plan.update);
    const whole = new Y.Doc();
    Y.applyUpdate(whole, update);
    expect(filtered.getXmlFragment('draft:a').toString()).toBe(whole.getXmlFragment('draft:a').toString());
    expect(filtered.getMap('junk').size).toBe(0);
    expect(Y.encodeStateVector(filtered)).toEqual(Y.encodeStateVector(whole));
    expect(filtered.store.pendingStructs).toBeNull();
    expect(plan.update.length).toBeLessThan(update.length - 900); // the junk's content is not in it
  });

  it('refuses only what the document lacks of a run it partly has, and tells the sender to delete just that', () => {
    const server = new Y.Doc();
    const ana = new Y.Doc();
    ana.getXmlFragment('draft:a').push([paragraph('Before the lock.')]);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(ana));
    ana.getXmlFragment('draft:a').push([paragraph('After the lock.')]);
    // A resync computed from an old state vector resends the first paragraph too.
    const resync = Y.encodeStateAsUpdate(ana, new Uint8Array([0]));
    const plan = planUpdate(server, resync, policy({ 'draft:a': 'locked' }));
    expect(plan.refused).toHaveLength(1);
    Y.applyUpdate(server, plan.update);
    expect(server.getXmlFragment('draft:a').toString()).toBe('<paragraph>Before the lock.</paragraph>');

    Y.applyUpdate(ana, refusalUpdate(plan.refused[0]!.ranges));
    expect(ana.getXmlFragment('draft:a').toString()).toBe(server.getXmlFragment('draft:a').toString());
    expect(Y.encodeStateVector(ana)).toEqual(Y.encodeStateVector(server));
  });
});
