/** The signed-in user's name and role, with "change password" and "sign out". */
import { Button, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLogout, useSession } from '../api/auth';

export function UserMenu() {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  const logout = useLogout();
  const navigate = useNavigate();
  if (!user) return null;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="subtle" color="gray.0" c="white" size="compact-sm" aria-label={t('user.menu', { name: user.displayName })}>
          <Text size="sm" truncate maw={{ base: 90, sm: 220 }}>
            {user.displayName}
          </Text>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {t(`roles.${user.role}`)}
          {user.unitName ? ` — ${user.unitName}` : ''}
        </Menu.Label>
        <Menu.Item component={Link} to="/doi-mat-khau">
          {t('nav.password')}
        </Menu.Item>
        <Menu.Item color="red" onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/dang-nhap') })}>
          {t('nav.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
