/** Says plainly that the data on screen is illustrative (demo), never presented as law or real figures. */
import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** `show`: the set itself is illustrative; `values`: the set is real but values behind the page are illustrative. */
export function DemoBanner({ show, values }: { show: boolean | undefined; values?: boolean | undefined }) {
  const { t } = useTranslation();
  if (!show && !values) return null;
  return (
    <Alert color="yellow" variant="light" title={t('demo.title')} mb="md" data-testid="demo-banner">
      {show ? t('demo.body') : t('demo.valuesBody')}
    </Alert>
  );
}
