/** Frame of the pages anyone can open (sign-in, public commune page): a title bar and the language switch. */
import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';
import { PageLoader } from './PageLoader';

export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box component="header" bg="teal.9" c="white" py="sm">
        <Container size="lg">
          <Group justify="space-between" wrap="nowrap">
            <Anchor component={Link} to="/" c="white" fw={700} underline="never">
              {t('app.name')}
            </Anchor>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm" visibleFrom="sm">
                {t('app.tagline')}
              </Text>
              <LanguageSwitch />
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="lg" component="main" id="noi-dung" py="lg">
        <Suspense fallback={<PageLoader />}>
          <Outlet />
        </Suspense>
      </Container>
    </Box>
  );
}
