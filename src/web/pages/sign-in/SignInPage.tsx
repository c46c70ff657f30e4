/**
 * Đăng nhập: username and password; afterwards the user goes back where they were headed, or to
 * their home (the board of their unit; a commune officer to their own commune).
 */
import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useLogin, useSession } from '../../api/auth';
import { ApiError } from '../../api/client';
import { homePath } from '../../lib/roles';

/** Only same-app paths are followed after sign-in (never another site). */
const safeNext = (next: string | null) => (next?.startsWith('/') && !next.startsWith('//') ? next : null);

export default function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const login = useLogin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNext(params.get('next'));

  if (session.data) return <Navigate to={next ?? homePath(session.data.user)} replace />;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    login.mutate({ username: username.trim(), password }, { onSuccess: (s) => void navigate(next ?? homePath(s.user), { replace: true }) });
  };
  const error = login.error;
  const message = error instanceof ApiError ? error.localized() : error ? t('errors.unknown') : null;

  return (
    <Paper withBorder shadow="sm" p="lg" maw={420} mx="auto" mt="xl" component="form" onSubmit={submit} aria-labelledby="sign-in-title">
      <Stack>
        <div>
          <Title order={1} size="h2" id="sign-in-title">
            {t('signIn.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('signIn.subtitle')}
          </Text>
        </div>
        {message && (
          <Alert color="red" role="alert">
            {message}
          </Alert>
        )}
        <TextInput
          label={t('signIn.username')}
          autoComplete="username"
          required
          value={username}
          onChange={(e) => setUsername(e.currentTarget.value)}
          data-autofocus
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        <Button type="submit" loading={login.isPending}>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}
