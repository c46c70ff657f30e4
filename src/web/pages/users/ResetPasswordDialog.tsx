/** Sets a new password for another account (district office / admin). */
import { Button, Group, Modal, PasswordInput, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedUser } from '../../api/types';
import { useUpdateUser } from '../../api/users';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { newPasswordError } from '../account/password-error';

export function ResetPasswordDialog({ user, onClose }: { user: ManagedUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateUser();
  const [password, setPassword] = useState('');
  const passwordError = newPasswordError(update.error);
  const close = () => {
    setPassword('');
    update.reset();
    onClose();
  };
  return (
    <Modal opened={!!user} onClose={close} title={t('users.resetPasswordFor', { name: user?.displayName ?? '' })} centered>
      <Stack
        component="form"
        gap="sm"
        onSubmit={(e) => {
          e.preventDefault();
          if (user) update.mutate({ id: user.id, password }, { onSuccess: close });
        }}
      >
        {update.isError && !passwordError && <ApiErrorAlert error={update.error} />}
        <PasswordInput
          label={t('password.new')}
          description={t('password.rule')}
          autoComplete="new-password"
          required
          value={password}
          error={passwordError}
          onChange={(e) => setPassword(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
