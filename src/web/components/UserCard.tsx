/** Who is signed in (name, role, unit) at the top of the navigation, and the sign-out button. */
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout, useSession } from '../api/auth';

export function UserCard() {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  if (!user) return null;
  return (
    <Stack gap={0} px="sm" py="xs" mb="xs" className="user-card">
      <Text fw={600} size="sm" truncate>
        {user.displayName}
      </Text>
      <Text size="xs" c="dimmed">
        {t(`roles.${user.role}`)}
        {user.unitName ? ` — ${user.unitName}` : ''}
      </Text>
    </Stack>
  );
}

export function SignOutButton() {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  return (
    <Button
      variant="outline"
      color="gray.0"
      c="white"
      size="compact-sm"
      loading={logout.isPending}
      onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/dang-nhap') })}
    >
      {t('nav.signOut')}
    </Button>
  );
}
