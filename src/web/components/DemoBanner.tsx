/** Says plainly that the data on screen is illustrative (demo), never presented as law or real figures. */
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function DemoBanner({ show }: { show: boolean | undefined }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <Alert color="yellow" variant="light" title={t('demo.title')} mb="md">
      {t('demo.body')}
    </Alert>
  );
}
