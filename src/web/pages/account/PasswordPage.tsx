/** Đổi mật khẩu (/doi-mat-khau): any signed-in user changes their own password. */
import { Alert, Button, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChangePassword } from '../../api/auth';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { currentPasswordError, newPasswordError } from './password-error';

export default function PasswordPage() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [f, setF] = useState({ current: '', next: '', confirm: '' });
  const mismatch = f.confirm !== '' && f.next !== f.confirm;
  const nextError = newPasswordError(change.error);
  const currentError = currentPasswordError(change.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (mismatch) return;
    change.mutate({ currentPassword: f.current, newPassword: f.next }, { onSuccess: () => setF({ current: '', next: '', confirm: '' }) });
  };

  return (
    <Paper withBorder p="lg" maw={460} component="form" onSubmit={submit}>
      <Stack gap="sm">
        <Title order={1} size="h2">
          {t('password.title')}
        </Title>
        {change.isSuccess && (
          <Alert color="teal" role="status">
            {t('password.changed')}
          </Alert>
        )}
        {change.isError && !nextError && !currentError && <ApiErrorAlert error={change.error} />}
        <PasswordInput
          label={t('password.current')}
          autoComplete="current-password"
          required
          value={f.current}
          error={currentError}
          onChange={(e) => setF({ ...f, current: e.currentTarget.value })}
        />
        <PasswordInput
          label={t('password.new')}
          description={t('password.rule')}
          autoComplete="new-password"
          required
          value={f.next}
          error={nextError}
          onChange={(e) => setF({ ...f, next: e.currentTarget.value })}
        />
        <PasswordInput
          label={t('password.confirm')}
          autoComplete="new-password"
          required
          value={f.confirm}
          error={mismatch ? t('password.mismatch') : null}
          onChange={(e) => setF({ ...f, confirm: e.currentTarget.value })}
        />
        <Button type="submit" loading={change.isPending} disabled={mismatch}>
          {t('password.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
