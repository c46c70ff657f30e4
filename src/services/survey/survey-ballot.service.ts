/**
 * Ballots one by one: typed on a phone by the Front (one screen per paper ballot), or given by a
 * resident on the public page with the hamlet's QR code and a one-time household code. Codes are
 * random, shown once when generated and stored only as a hash; a code gives one ballot; the ballot
 * keeps no link to its code and only the day it was given. A closed round takes no ballot.
 */
import { createHash, randomInt } from 'node:crypto';
import QRCode from 'qrcode';
import type { Executor } from '../../db/database.js';
import { surveyRepository } from '../../db/repositories/survey.repository.js';
import type { SurveyHamletRow, SurveyRoundRow } from '../../db/schema-survey.js';
import { AppError, invalid, notFound } from '../../domain/errors.js';
import type { Answer } from '../../domain/survey/survey-rates.js';
import type { SurveyItem } from '../../domain/survey/survey-rules.schema.js';
import { purposeOf } from '../../domain/survey/survey-rules.schema.js';
import { vietnamDay } from '../../domain/text/vietnamese.js';
import { audit, inTransaction, newId, type ServiceContext } from '../context.js';
import { getUnit } from '../unit.service.js';
import { loadRound, roundNotOpen } from './survey-access.js';
import { answersIssues, throwIfIssues } from './survey-input.js';
import { ruleOf } from './survey-results.js';
import { hamletNotFound } from './survey-round.service.js';

/** No 0/O, 1/I/L: read aloud and typed on a phone without doubt. 10 characters ≈ 49 bits. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;
export const MAX_CODES_AT_ONCE = 1000;

export const normalizeCode = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');
export const hashCode = (token: string, code: string) =>
  createHash('sha256')
    .update(`${token}:${normalizeCode(code)}`)
    .digest('hex');
const newCode = () => Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
/** Shown and printed in groups of five: "ABCDE-FGHJK". */
export const formatCode = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;

async function hamletOf(ex: Executor, round: SurveyRoundRow, hamletId: string): Promise<SurveyHamletRow> {
  const h = await surveyRepository.hamlet(ex, hamletId);
  if (!h || h.roundId !== round.id) throw hamletNotFound();
  return h;
}

async function enteredCount(ex: Executor, h: SurveyHamletRow) {
  return Number(h.paperReturned) + (await surveyRepository.countBallots(ex, h.id));
}

const full = (h: SurveyHamletRow) =>
  invalid('survey.invalid', { vi: 'Số phiếu không hợp lệ', en: 'Too many ballots' }, [
    {
      path: 'hamletId',
      message: `Thôn ${h.name} đã đủ số phiếu bằng số hộ (${h.households}) / Hamlet ${h.name} already has as many ballots as households (${h.households})`,
    },
  ]);

/** A paper ballot entered on a phone by the Front. */
export async function recordBallot(ctx: ServiceContext, roundId: string, hamletId: string, answers: Record<string, Answer>) {
  const round = await loadRound(ctx, roundId, 'surveys.write');
  if (round.state !== 'open') throw roundNotOpen(round.state);
  const codes = (JSON.parse(round.items) as SurveyItem[]).map((i) => i.code);
  throwIfIssues(answersIssues(answers, codes));
  const id = newId();
  await inTransaction(
    ctx,
    async (trx) => {
      const h = await hamletOf(trx, round, hamletId);
      if ((await enteredCount(trx, h)) + 1 > Number(h.households)) throw full(h);
      if ((await enteredCount(trx, h)) + 1 > Number(h.ballotsIssued) + (await qrCount(trx, h)))
        throw invalid('survey.invalid', { vi: 'Số phiếu không hợp lệ', en: 'Too many ballots' }, [
          {
            path: 'hamletId',
            message: `Thôn ${h.name}: số phiếu thu về sẽ nhiều hơn số phiếu phát ra (${h.ballotsIssued}); hãy sửa số phiếu phát ra trước / Hamlet ${h.name}: more ballots returned than issued (${h.ballotsIssued}); correct the ballots issued first`,
          },
        ]);
      await surveyRepository.insertBallot(trx, {
        id,
        roundId,
        hamletId,
        channel: 'phone',
        answers: JSON.stringify(answers),
        recordedOn: vietnamDay(ctx.now()),
      });
      await audit(ctx, trx, [
        {
          action: 'survey.ballot',
          entityType: 'survey_ballot',
          entityId: id,
          unitCode: round.unitCode,
          after: { hamletId, channel: 'phone', answers },
        },
      ]);
    },
    'none',
  );
  return { id };
}

async function qrCount(ex: Executor, h: SurveyHamletRow) {
  const rows = (await surveyRepository.ballots(ex, h.roundId)).filter((b) => b.hamletId === h.id && b.channel === 'qr');
  return rows.length;
}

/** N new one-time codes for the hamlet: returned once (to print), kept only as hashes. */
export async function generateCodes(ctx: ServiceContext, roundId: string, hamletId: string, count: number, origin: string) {
  const round = await loadRound(ctx, roundId, 'surveys.write');
  if (round.state !== 'open') throw roundNotOpen(round.state);
  const h = await hamletOf(ctx.database.db, round, hamletId);
  const existing = (await surveyRepository.codeCounts(ctx.database.db, [h.id]))[0]?.total ?? 0;
  if (existing + count > Number(h.households))
    throw invalid('survey.invalid', { vi: 'Số mã không hợp lệ', en: 'Too many codes' }, [
      {
        path: 'count',
        message: `Thôn ${h.name} có ${h.households} hộ, đã có ${existing} mã / Hamlet ${h.name} has ${h.households} households and ${existing} codes already`,
      },
    ]);
  const codes = Array.from({ length: count }, newCode);
  const now = ctx.now();
  await inTransaction(
    ctx,
    async (trx) => {
      await surveyRepository.insertCodes(
        trx,
        codes.map((c) => ({ id: newId(), hamletId: h.id, codeHash: hashCode(h.token, c), createdAt: now, used: 0 })),
      );
      await audit(ctx, trx, [
        { action: 'survey.codes', entityType: 'survey_hamlet', entityId: h.id, unitCode: round.unitCode, after: { count } },
      ]);
    },
    'none',
  );
  const url = `${origin}/khao-sat/${h.token}`;
  return {
    hamletId: h.id,
    hamletName: h.name,
    url,
    qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
    codes: codes.map(formatCode),
  };
}

const noBallot = () =>
  notFound('survey.ballot_not_found', { vi: 'Không có phiếu lấy ý kiến ở địa chỉ này', en: 'No ballot at this address' });

/** What the public ballot page shows: the commune, hamlet, the ballot and its items — nothing else. */
export async function publicBallot(ctx: ServiceContext, token: string) {
  const h = await surveyRepository.hamletByToken(ctx.database.db, token);
  if (!h) throw noBallot();
  const round = await surveyRepository.round(ctx.database.db, h.roundId);
  if (!round) throw noBallot();
  const unit = await getUnit(ctx, round.unitCode);
  const rule = ruleOf(round);
  return {
    unitName: unit.name,
    hamletName: h.name,
    ballot: (rule && purposeOf(rule, round.purpose)?.ballot) ?? null,
    year: Number(round.year),
    open: round.state === 'open',
    items: JSON.parse(round.items) as SurveyItem[],
  };
}

/** Wrong code (0), used code (1). */
const CODE_ERROR = ['survey.code_invalid', 'survey.code_used'] as const;

export const codeRefused = (used: boolean) =>
  new AppError(
    CODE_ERROR[used ? 1 : 0],
    used ? 'conflict' : 'invalid',
    used
      ? {
          vi: 'Mã này đã được dùng để gửi phiếu; mỗi mã chỉ gửi được một phiếu.',
          en: 'This code has already been used; each code gives one ballot.',
        }
      : {
          vi: 'Mã không đúng. Hãy kiểm tra lại mã ghi trên phiếu của hộ.',
          en: 'Wrong code. Check the code printed on your household slip.',
        },
    used ? [] : [{ path: 'code', message: 'Mã không đúng / Wrong code' }],
  );

/** A resident's ballot with a one-time code. Throws survey.code_invalid (counted by the route's limiter) or code_used. */
export async function submitPublicBallot(ctx: ServiceContext, token: string, code: string, answers: Record<string, Answer>) {
  const h = await surveyRepository.hamletByToken(ctx.database.db, token);
  if (!h) throw noBallot();
  const round = await surveyRepository.round(ctx.database.db, h.roundId);
  if (!round) throw noBallot();
  if (round.state !== 'open') throw roundNotOpen(round.state);
  const row = await surveyRepository.code(ctx.database.db, hashCode(h.token, code));
  if (!row || row.hamletId !== h.id) throw codeRefused(false);
  const codes = (JSON.parse(round.items) as SurveyItem[]).map((i) => i.code);
  throwIfIssues(answersIssues(answers, codes));
  const id = newId();
  await inTransaction(
    ctx,
    async (trx) => {
      const fresh = await surveyRepository.round(trx, round.id);
      if (fresh?.state !== 'open') throw roundNotOpen(fresh?.state ?? 'closed');
      if (!(await surveyRepository.useCode(trx, row.id))) throw codeRefused(true);
      if ((await enteredCount(trx, h)) + 1 > Number(h.households)) throw full(h);
      await surveyRepository.insertBallot(trx, {
        id,
        roundId: round.id,
        hamletId: h.id,
        channel: 'qr',
        answers: JSON.stringify(answers),
        recordedOn: vietnamDay(ctx.now()),
      });
      await audit(ctx, trx, [
        {
          action: 'survey.ballot',
          entityType: 'survey_ballot',
          entityId: id,
          unitCode: round.unitCode,
          after: { hamletId: h.id, channel: 'qr' },
        },
      ]);
    },
    'none',
  );
  return { accepted: true as const };
}
