/** Switches the UI between Vietnamese and English (a two-option control, keyboard operable). */
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={i18n.language === 'en' ? 'en' : 'vi'}
      onChange={(lng) => void setLanguage(lng === 'en' ? 'en' : 'vi')}
      data={[
        { value: 'vi', label: 'VI' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
