/**
 * The strings of the recognition documents' downloads (recdocs.vi.json / recdocs.en.json), added to the
 * app's one namespace under "recdocs" when these components load, like documents.ts.
 */

import i18n from './index';
import en from './recdocs.en.json';
import vi from './recdocs.vi.json';

i18n.addResourceBundle('vi', 'translation', { recdocs: vi }, true, false);
const addEnglish = () => {
  if (i18n.hasResourceBundle('en', 'translation')) i18n.addResourceBundle('en', 'translation', { recdocs: en }, true, false);
};
addEnglish();
i18n.on('languageChanged', (lng) => {
  if (lng === 'en') addEnglish();
});
