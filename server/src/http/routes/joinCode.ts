/**
 * The short join address `/j/<code>` that anyone can type from a projector: a valid code is
 * redirected to the participant link. Valid codes are never limited per address (a hall types them
 * together); wrong ones are guesses, slowed by the access gate.
 */
import { JoinCodeParams } from '@dr/shared';
import express, { type Router } from 'express';
import type { AccessGate } from '../../access/accessGate.js';
import type { Rate } from '../../access/keyedBuckets.js';
import { sendMessagePage, type PageText } from '../messagePage.js';
import { refusalPage } from '../refusalPage.js';

export interface JoinCodeDeps {
  gate: AccessGate;
  /** The guess limit, for `Retry-After`. */
  guessRate: Rate;
}

/** A person typed `/j/<code>` from a network that has tried too many wrong codes: said in both languages. */
const SLOWED: PageText = refusalPage('access.tooManyGuesses', { 'zh-CN': '请稍后再试', en: 'Please wait a minute' });

export function joinCodeRouter({ gate, guessRate }: JoinCodeDeps): Router {
  const router = express.Router();

  router.get('/j/:code', async (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    const params = JoinCodeParams.safeParse(req.params);
    if (!params.success) return next(); // no code is that long: the web app shows its not-found page
    const found = await gate.findByJoinCode(req.ip ?? 'unknown', params.data.code);
    if (found.ok) return res.redirect(302, `/r/${encodeURIComponent(found.roomId)}#t=${found.code}`);
    if (found.refusal === 'rate_limited') {
      res.setHeader('Retry-After', String(Math.ceil(1 / guessRate.perSecond)));
      return sendMessagePage(res, 429, SLOWED, null);
    }
    next(); // the web app shows its not-found page
  });

  return router;
}
