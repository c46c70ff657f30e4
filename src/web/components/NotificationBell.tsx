/** The header's notifications: a count of unread notices and a menu of them (task deadlines), each marked read when opened. */
import { ActionIcon, Indicator, Menu, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSession } from '../api/auth';
import { useMarkRead, useNotifications } from '../api/plans';

export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const signedIn = !!useSession().data?.user;
  const notices = useNotifications(signedIn);
  const markRead = useMarkRead();
  const navigate = useNavigate();
  if (!signedIn) return null;
  const unread = notices.data?.unread ?? 0;
  return (
    <Menu position="bottom-end" width={320} withinPortal>
      <Menu.Target>
        <Indicator label={unread} size={16} disabled={unread === 0} color="red" offset={4}>
          <ActionIcon
            variant="subtle"
            color="white"
            size="lg"
            aria-label={t('plans.notifications.unread', { count: unread })}
            data-testid="notifications"
          >
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
          </ActionIcon>
        </Indicator>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('plans.notifications.label')}</Menu.Label>
        {(notices.data?.items ?? []).length === 0 && (
          <Text size="sm" p="xs" c="dimmed">
            {t('plans.notifications.empty')}
          </Text>
        )}
        {(notices.data?.items ?? []).slice(0, 20).map((n) => (
          <Menu.Item
            key={n.id}
            onClick={() => {
              if (!n.read) markRead.mutate(n.id);
              void navigate(`/ke-hoach/${n.planCode}?tab=tasks`);
            }}
            color={n.kind === 'task_overdue' ? 'red' : undefined}
            fw={n.read ? 400 : 700}
            data-notice={n.taskNumber}
          >
            <Text size="sm">{i18n.language === 'en' ? n.message.en : n.message.vi}</Text>
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
