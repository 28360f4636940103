/** The MongoDB side of `store.push` (pushStore.ts): two collections, keyed by endpoint and by job id. */
import type { Connection } from 'mongoose';
import type { PushStore, PushSubscriptionRecord, ScheduledJob } from './pushStore.js';
import { database, isDuplicateKey } from './mongoValues.js';

interface SubscriptionDoc extends Omit<PushSubscriptionRecord, 'endpoint'> {
  _id: string;
}
interface JobDoc extends Omit<ScheduledJob, 'jobId'> {
  _id: string;
  takenBy: string | null;
  takenAt: number | null;
}

/** The collections and their indexes; resolves once the indexes exist. */
export async function mongoPushStore(conn: Connection): Promise<PushStore> {
  const db = database(conn);
  const subscriptions = db.collection<SubscriptionDoc>('pushSubscriptions');
  const jobs = db.collection<JobDoc>('scheduledJobs');
  await subscriptions.createIndex({ councilId: 1, memberId: 1 });
  await jobs.createIndex({ takenAt: 1, dueAt: 1 });
  return {
    async saveSubscription({ endpoint, ...rest }) {
      await subscriptions.replaceOne({ _id: endpoint }, rest, { upsert: true });
    },
    async deleteSubscription(endpoint, councilId) {
      const filter = councilId === undefined ? { _id: endpoint } : { _id: endpoint, councilId };
      return (await subscriptions.deleteOne(filter)).deletedCount > 0;
    },
    async subscriptionsOf(councilId, memberIds) {
      const filter = memberIds ? { councilId, memberId: { $in: [...memberIds] } } : { councilId };
      const docs = await subscriptions.find(filter).sort({ createdAt: 1, _id: 1 }).toArray();
      return docs.map(({ _id, councilId: council, memberId, locale, p256dh, auth, createdAt }) => ({
        endpoint: _id,
        councilId: council,
        memberId,
        locale,
        p256dh,
        auth,
        createdAt,
      }));
    },
    async scheduleJob({ jobId, dueAt, kind, payload }) {
      try {
        await jobs.insertOne({ _id: jobId, dueAt, kind, payload, takenBy: null, takenAt: null });
        return true;
      } catch (error) {
        if (isDuplicateKey(error)) return false;
        throw error;
      }
    },
    async dueJobs(now, limit) {
      const docs = await jobs
        .find({ takenAt: null, dueAt: { $lte: now } })
        .sort({ dueAt: 1, _id: 1 })
        .limit(limit)
        .toArray();
      return docs.map(({ _id, dueAt, kind, payload }) => ({ jobId: _id, dueAt, kind, payload }));
    },
    async takeJob(jobId, node, at) {
      // One document update is atomic: only one caller finds `takenAt` still null.
      const result = await jobs.updateOne({ _id: jobId, takenAt: null }, { $set: { takenBy: node, takenAt: at } });
      return result.modifiedCount === 1;
    },
  };
}
