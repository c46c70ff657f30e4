/**
 * The flags of a work (late, over budget, community-built, demo) as badges: one component so the list
 * and the work page cannot say different things about the same work.
 */
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface WorkFlags {
  late: boolean;
  overBudget: boolean;
  communityBuilt: boolean;
  demo?: boolean;
}

export function WorkBadges({ work }: { work: WorkFlags }) {
  const { t } = useTranslation();
  return (
    <Group gap={4}>
      {work.late && (
        <Badge color="orange" variant="light">
          {t('works.late')}
        </Badge>
      )}
      {work.overBudget && (
        <Badge color="red" variant="light">
          {t('works.overBudget')}
        </Badge>
      )}
      {work.communityBuilt && <Badge variant="light">{t('works.communityBuilt')}</Badge>}
      {work.demo && (
        <Badge color="yellow" variant="light">
          {t('works.demo')}
        </Badge>
      )}
    </Group>
  );
}
