/**
 * The header's bell: the count of unread notices and a menu of them — each in words, in the user's
 * language, with its time — that opens what it is about and marks it read; all can be marked read at
 * once. Fits a 375 px phone (the menu never overflows the screen and scrolls inside).
 */
import { ActionIcon, Button, Group, Indicator, Menu, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDateTimeVi } from '../../domain/text/vietnamese';
import { useSession } from '../api/auth';
import { type Notice, useMarkAllRead, useMarkRead, useNotifications } from '../api/notices';

const URGENT = new Set(['task_overdue', 'supervision_overdue', 'value_returned', 'plan_returned']);

function BellIcon() {
  return (
    <svg
      aria-hidden="true"
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
      <path d="M13.73 21a2 2 0 0 1-3.46 0" />
    </svg>
  );
}

export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const signedIn = !!useSession().data?.user;
  const notices = useNotifications(signedIn);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const navigate = useNavigate();
  if (!signedIn) return null;
  const unread = notices.data?.unread ?? 0;
  const items = notices.data?.items ?? [];
  const open = (n: Notice) => {
    if (!n.read) markRead.mutate(n.id);
    void navigate(n.link);
  };
  return (
    <Menu position="bottom-end" width="min(380px, calc(100vw - 16px))" withinPortal onOpen={() => void notices.refetch()}>
      {/* the menu's ARIA (aria-haspopup, aria-expanded) belongs on the button itself, so the indicator wraps the target */}
      <Indicator label={unread} size={16} disabled={unread === 0} color="red" offset={4}>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="white"
            size="lg"
            aria-label={t('notices.unread', { count: unread })}
            data-testid="notifications"
          >
            <BellIcon />
          </ActionIcon>
        </Menu.Target>
      </Indicator>
      <Menu.Dropdown>
        <Group justify="space-between" wrap="nowrap" px="xs" pt={4}>
          <Menu.Label p={0}>{t('notices.label')}</Menu.Label>
          {unread > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={() => markAll.mutate()} loading={markAll.isPending}>
              {t('notices.markAll')}
            </Button>
          )}
        </Group>
        {items.length === 0 && (
          <Text size="sm" p="xs" c="dimmed">
            {t('notices.empty')}
          </Text>
        )}
        <ScrollArea.Autosize mah="min(70vh, 520px)" type="auto">
          {items.slice(0, 50).map((n) => (
            <Menu.Item
              key={n.id}
              onClick={() => open(n)}
              color={URGENT.has(n.kind) && !n.read ? 'red' : undefined}
              fw={n.read ? 400 : 700}
              data-notice={n.kind}
              aria-label={`${i18n.language === 'en' ? n.message.en : n.message.vi}${n.read ? '' : ` (${t('notices.unreadMark')})`}`}
            >
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {i18n.language === 'en' ? n.message.en : n.message.vi}
              </Text>
              <Text size="xs" c="dimmed" fw={400}>
                {formatDateTimeVi(n.updatedAt)}
              </Text>
            </Menu.Item>
          ))}
        </ScrollArea.Autosize>
      </Menu.Dropdown>
    </Menu>
  );
}
