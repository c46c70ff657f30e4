/**
 * Every audit action the services write has a kind and a Vietnamese and English name, so the log
 * never shows a code such as `session.login`: the actions are collected from the source itself.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_FIELDS, AUDIT_KINDS } from '../../src/domain/audit/audit-actions.js';
import { PLAN_STATUSES } from '../../src/domain/plan/plan.schema.js';
import en from '../../src/web/i18n/audit.en.json' with { type: 'json' };
import vi from '../../src/web/i18n/audit.vi.json' with { type: 'json' };

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });

function actionsInSource(): Set<string> {
  const found = new Set<string>();
  for (const f of files('src/services')) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)) found.add(m[1] as string);
    // Actions passed as an argument (saveTask(…, 'task.edit'), writePlan(…, 'plan.update')) or built from a status.
    // The action is the call's last argument; the callback before it may hold statements of its own.
    for (const m of text.matchAll(/(?:saveTask|writePlan)\([\s\S]*?'((?:task|plan)\.[a-z_]+)',?\s*\)/g)) found.add(m[1] as string);
    for (const m of text.matchAll(/existing \? '([a-z_.]+)' : '([a-z_.]+)'/g)) found.add(m[1] as string).add(m[2] as string);
    for (const m of text.matchAll(/\? '([a-z_]+\.[a-z_]+)' : '([a-z_]+\.[a-z_]+)'/g)) found.add(m[1] as string).add(m[2] as string);
    if (/action: `plan\.\$\{to\}`/.test(text)) for (const s of PLAN_STATUSES) found.add(`plan.${s}`);
  }
  return found;
}

const lookup = (tree: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), tree);

describe('audit actions', () => {
  const used = actionsInSource();

  it('finds the actions the services write', () => {
    expect(used.size).toBeGreaterThan(25);
    for (const a of ['session.login', 'user.create', 'indicator_value.record', 'task.progress', 'plan.approved']) expect(used).toContain(a);
  });

  it('gives each a kind', () => {
    expect([...used].filter((a) => !(a in AUDIT_ACTIONS))).toEqual([]);
  });

  it('names each action, kind and field in Vietnamese and English', () => {
    for (const dict of [vi, en]) {
      for (const a of [...Object.keys(AUDIT_ACTIONS), 'other']) expect([a, typeof lookup(dict.action, a)]).toEqual([a, 'string']);
      for (const k of AUDIT_KINDS) expect([k, typeof lookup(dict.kind, k)]).toEqual([k, 'string']);
      for (const f of AUDIT_FIELDS) expect([f, typeof lookup(dict.field, f)]).toEqual([f, 'string']);
    }
    expect(vi.action.session.login).toBe('Đăng nhập');
  });
});
