/** The SQLite side of `store.push` (pushStore.ts): two tables in the store's own file. */
import type Database from 'better-sqlite3';
import type { Locale } from '@dr/shared';
import type { PushStore, PushSubscriptionRecord, ScheduledJob } from './pushStore.js';

const PUSH_SCHEMA = `
CREATE TABLE IF NOT EXISTS push_subscriptions (
  endpoint TEXT PRIMARY KEY,
  council_id TEXT NOT NULL,
  member_id TEXT NOT NULL,
  locale TEXT NOT NULL,
  p256dh TEXT NOT NULL,
  auth TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS push_subscriptions_member ON push_subscriptions (council_id, member_id);
CREATE TABLE IF NOT EXISTS scheduled_jobs (
  job_id TEXT PRIMARY KEY,
  due_at INTEGER NOT NULL,
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  taken_by TEXT,
  taken_at INTEGER
);
CREATE INDEX IF NOT EXISTS scheduled_jobs_due ON scheduled_jobs (due_at) WHERE taken_at IS NULL;
`;

interface SubscriptionRow {
  endpoint: string;
  council_id: string;
  member_id: string;
  locale: Locale;
  p256dh: string;
  auth: string;
  created_at: number;
}

const fromRow = (row: SubscriptionRow): PushSubscriptionRecord => ({
  endpoint: row.endpoint,
  councilId: row.council_id,
  memberId: row.member_id,
  locale: row.locale,
  p256dh: row.p256dh,
  auth: row.auth,
  createdAt: row.created_at,
});

export function sqlitePushStore(db: Database.Database): PushStore {
  db.exec(PUSH_SCHEMA);
  const save = db.prepare(
    `INSERT INTO push_subscriptions VALUES (@endpoint, @councilId, @memberId, @locale, @p256dh, @auth, @createdAt)
     ON CONFLICT (endpoint) DO UPDATE SET council_id = excluded.council_id, member_id = excluded.member_id,
       locale = excluded.locale, p256dh = excluded.p256dh, auth = excluded.auth, created_at = excluded.created_at`,
  );
  const remove = db.prepare('DELETE FROM push_subscriptions WHERE endpoint = ?');
  const removeIn = db.prepare('DELETE FROM push_subscriptions WHERE endpoint = ? AND council_id = ?');
  const ofCouncil = db.prepare<[string], SubscriptionRow>(
    'SELECT * FROM push_subscriptions WHERE council_id = ? ORDER BY created_at, endpoint',
  );
  const schedule = db.prepare(
    'INSERT INTO scheduled_jobs (job_id, due_at, kind, payload) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const due = db.prepare<[number, number], ScheduledJob>(
    `SELECT job_id AS jobId, due_at AS dueAt, kind, payload FROM scheduled_jobs
     WHERE taken_at IS NULL AND due_at <= ? ORDER BY due_at, job_id LIMIT ?`,
  );
  // One statement: SQLite's write lock makes it atomic across connections (several processes on one file).
  const take = db.prepare('UPDATE scheduled_jobs SET taken_by = ?, taken_at = ? WHERE job_id = ? AND taken_at IS NULL');
  return {
    async saveSubscription(record) {
      save.run(record);
    },
    async deleteSubscription(endpoint, councilId) {
      return (councilId === undefined ? remove.run(endpoint) : removeIn.run(endpoint, councilId)).changes > 0;
    },
    async subscriptionsOf(councilId, memberIds) {
      const rows = ofCouncil.all(councilId).map(fromRow);
      return memberIds ? rows.filter((row) => memberIds.includes(row.memberId)) : rows;
    },
    async scheduleJob(job) {
      return schedule.run(job.jobId, job.dueAt, job.kind, job.payload).changes > 0;
    },
    async dueJobs(now, limit) {
      return due.all(now, limit);
    },
    async takeJob(jobId, node, at) {
      return take.run(node, at, jobId).changes === 1;
    },
  };
}
