/**
 * The survey's figures from its tallies: participation (ballots returned / households), overall
 * satisfaction, per-item and per-hamlet rates. Paper tallies, phone-entered ballots and residents'
 * own ballots add into the same counts.
 *
 * Definition used for the overall rate: satisfied answers / all answers given (satisfied + not
 * satisfied, blanks left out), over every item of every returned ballot. HD 90 could not be read;
 * the published results we found give a rate per content and one overall rate, and the district
 * rule (QĐ 320) sets a floor per content, so counting answers (not "ballots satisfied with all
 * items") keeps the overall rate consistent with the per-item ones.
 */

export type Answer = 'satisfied' | 'not_satisfied' | null;

export interface ItemCount {
  satisfied: number;
  notSatisfied: number;
}

export interface HamletCounts {
  id: string;
  name: string;
  households: number;
  ballotsIssued: number;
  /** The tally typed from the paper sheets (ballots not entered one by one). */
  paper: { returned: number; items: Record<string, ItemCount> };
  /** Ballots entered one by one (phone) or by residents (QR code): their answers per item. */
  ballots: { channel: 'phone' | 'qr'; answers: Record<string, Answer> }[];
}

/** A rate in percent, cut (not rounded) to one decimal so a shown figure never passes a threshold it fails. */
export interface Rate {
  num: number;
  den: number;
  /** null when the denominator is 0. */
  percent: number | null;
}

export const rate = (num: number, den: number): Rate => ({
  num,
  den,
  percent: den > 0 ? Math.floor((num * 1000) / den) / 10 : null,
});

/** Whether num/den ≥ min %, compared exactly on the counts. */
export const reaches = (r: Rate, min: number) => r.den > 0 && r.num * 100 >= min * r.den;

export interface HamletResult {
  id: string;
  name: string;
  households: number;
  ballotsIssued: number;
  returned: { paper: number; phone: number; qr: number; total: number };
  participation: Rate;
  satisfaction: Rate;
}

export interface SurveyResult {
  households: number;
  ballotsIssued: number;
  returned: number;
  participation: Rate;
  satisfaction: Rate;
  items: { code: string; text: string; satisfied: number; notSatisfied: number; blank: number; rate: Rate }[];
  hamlets: HamletResult[];
}

function hamletItems(h: HamletCounts, codes: readonly string[]): Record<string, ItemCount> {
  const out: Record<string, ItemCount> = {};
  for (const code of codes) {
    const p = h.paper.items[code] ?? { satisfied: 0, notSatisfied: 0 };
    const c = { satisfied: p.satisfied, notSatisfied: p.notSatisfied };
    for (const b of h.ballots) {
      if (b.answers[code] === 'satisfied') c.satisfied++;
      else if (b.answers[code] === 'not_satisfied') c.notSatisfied++;
    }
    out[code] = c;
  }
  return out;
}

const sumItems = (items: Record<string, ItemCount>) =>
  Object.values(items).reduce((a, c) => ({ s: a.s + c.satisfied, n: a.n + c.notSatisfied }), { s: 0, n: 0 });

export function surveyResult(items: readonly { code: string; text: string }[], hamlets: readonly HamletCounts[]): SurveyResult {
  const codes = items.map((i) => i.code);
  const perHamlet = hamlets.map((h) => ({ h, items: hamletItems(h, codes) }));
  const hamletResults: HamletResult[] = perHamlet.map(({ h, items: its }) => {
    const phone = h.ballots.filter((b) => b.channel === 'phone').length;
    const qr = h.ballots.length - phone;
    const total = h.paper.returned + phone + qr;
    const { s, n } = sumItems(its);
    return {
      id: h.id,
      name: h.name,
      households: h.households,
      ballotsIssued: h.ballotsIssued,
      returned: { paper: h.paper.returned, phone, qr, total },
      participation: rate(total, h.households),
      satisfaction: rate(s, s + n),
    };
  });
  const households = hamlets.reduce((a, h) => a + h.households, 0);
  const returned = hamletResults.reduce((a, h) => a + h.returned.total, 0);
  const itemResults = items.map((it) => {
    const satisfied = perHamlet.reduce((a, p) => a + (p.items[it.code]?.satisfied ?? 0), 0);
    const notSatisfied = perHamlet.reduce((a, p) => a + (p.items[it.code]?.notSatisfied ?? 0), 0);
    return {
      code: it.code,
      text: it.text,
      satisfied,
      notSatisfied,
      blank: returned - satisfied - notSatisfied,
      rate: rate(satisfied, satisfied + notSatisfied),
    };
  });
  const s = itemResults.reduce((a, i) => a + i.satisfied, 0);
  const n = itemResults.reduce((a, i) => a + i.notSatisfied, 0);
  return {
    households,
    ballotsIssued: hamlets.reduce((a, h) => a + h.ballotsIssued, 0),
    returned,
    participation: rate(returned, households),
    satisfaction: rate(s, s + n),
    items: itemResults,
    hamlets: hamletResults,
  };
}
