/**
 * Frame of the signed-in app: header (menu button on phones, language, sign out), the user and the
 * navigation for their role, a skip link to the content, and the page in a Suspense boundary.
 */
import { Anchor, AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router';
import { formatDateVi, isRealIsoDate } from '../../domain/text/vietnamese';
import { useSession } from '../api/auth';
import { withAsOf } from '../lib/as-of';
import { canManageUsers, canSeeBoard, canUseReviewQueue } from '../lib/roles';
import { AuditIntegrityBanner } from './AuditIntegrityBanner';
import { LanguageSwitch } from './LanguageSwitch';
import { NotificationBell } from './NotificationBell';
import { PageLoader } from './PageLoader';
import { SignOutButton, UserCard } from './UserCard';

interface Item {
  to: string;
  label: string;
}

function useNavItems(): Item[] {
  const { t } = useTranslation();
  const user = useSession().data?.user;
  if (!user) return [];
  const items: Item[] = [];
  if (canSeeBoard(user)) items.push({ to: user.unitCode ? `/bang-tong-hop/${user.unitCode}` : '/bang-tong-hop', label: t('nav.board') });
  if (user.role === 'commune_officer' && user.unitCode) {
    items.push({ to: `/xa/${user.unitCode}`, label: t('nav.myCommune') });
    items.push({ to: `/xa/${user.unitCode}/nhap-lieu`, label: t('nav.entry') });
  }
  items.push({ to: '/ke-hoach', label: t('plans.nav') });
  if (user.unitCode) items.push({ to: `/tai-chinh/${user.unitCode}`, label: t('fundboard.nav') });
  if (canUseReviewQueue(user)) items.push({ to: '/xac-minh', label: t('nav.verify') });
  if (canManageUsers(user)) items.push({ to: '/nguoi-dung', label: t('nav.users') });
  items.push({ to: '/nhat-ky', label: t('auditLog.nav') });
  items.push({ to: '/doi-mat-khau', label: t('nav.password') });
  return items;
}

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const items = useNavItems();
  // The reporting date travels with the user: the pages that show data open on the same ?ngay=.
  const ngay = useSearchParams()[0].get('ngay');
  const asOf = ngay && isRealIsoDate(ngay) ? ngay : undefined;
  const dated = (to: string) => (/^\/(bang-tong-hop|xa|xac-minh)(\/|$)/.test(to) ? withAsOf(to, asOf) : to);
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a className="skip-link" href="#noi-dung">
        {t('nav.skip')}
      </a>
      <AppShell.Header bg="teal.9" c="white">
        <Group h="100%" px={{ base: 'xs', sm: 'md' }} justify="space-between" wrap="nowrap" gap={4}>
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" color="white" aria-label={t('nav.toggle')} />
            <Anchor component={Link} to="/" c="white" fw={700} underline="never" fz={{ base: 'sm', xs: 'md' }} className="nowrap">
              {t('app.name')}
            </Anchor>
            <Text size="sm" visibleFrom="md" c="teal.1">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <NotificationBell />
            <LanguageSwitch />
            <SignOutButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <ScrollArea>
          <UserCard />
          {asOf && (
            <Text size="sm" px="sm" py={4} data-testid="date-context">
              {t('dateCtx.shown', { date: formatDateVi(asOf) })}
            </Text>
          )}
          {items.map((it) => (
            <NavLink key={it.to} component={Link} to={dated(it.to)} label={it.label} active={location.pathname === it.to} onClick={close} />
          ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main id="noi-dung" tabIndex={-1}>
        <AuditIntegrityBanner />
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
