/**
 * The first real start (no demo, nobody can sign in yet) creates the administrator from a password
 * the operator types — or reads from NTM_ADMIN_PASSWORD_FILE — instead of shipping a default.
 */
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import type { ServiceContext } from '../services/context.js';
import { createAdministrator, needsAdministrator } from '../services/user.service.js';
import { usageError } from './runtime.js';

async function ask(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const pending = rl.question(question);
  muted = true;
  const answer = await pending;
  muted = false;
  process.stderr.write('\n');
  rl.close();
  return answer;
}

export async function ensureAdministrator(ctx: ServiceContext): Promise<void> {
  if (!(await needsAdministrator(ctx))) return;
  const file = process.env.NTM_ADMIN_PASSWORD_FILE;
  let password: string;
  if (file) {
    password = (await readFile(file, 'utf8')).trim();
  } else if (process.stdin.isTTY) {
    console.error('Lần chạy đầu tiên: tạo tài khoản quản trị "admin" / first start: create the "admin" account');
    password = await ask('Mật khẩu quản trị / administrator password: ');
    if ((await ask('Nhập lại / repeat: ')) !== password) throw usageError('Hai lần nhập không khớp', 'The two entries differ');
  } else {
    throw usageError(
      'Chưa có tài khoản quản trị: chạy `ntm serve` trong terminal để đặt mật khẩu, hoặc đặt NTM_ADMIN_PASSWORD_FILE',
      'No administrator yet: run `ntm serve` in a terminal to set the password, or set NTM_ADMIN_PASSWORD_FILE',
    );
  }
  await createAdministrator(ctx, password);
  console.error('Đã tạo tài khoản quản trị "admin" / administrator "admin" created');
}
