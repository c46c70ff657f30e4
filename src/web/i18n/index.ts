/**
 * UI strings through i18next: Vietnamese by default (with diacritics, bundled), English loaded on
 * request. The choice is remembered in localStorage and mirrored on <html lang>.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import a11yVi from './a11y.vi.json';
import auditVi from './audit.vi.json';
import classifyVi from './classify.vi.json';
import dateCtxVi from './datectx.vi.json';
import datesVi from './dates.vi.json';
import dossierVi from './dossier.vi.json';
import fundboardVi from './fundboard.vi.json';
import issuesVi from './issues.vi.json';
import lamDongVi from './lamdong.vi.json';
import moneyVi from './money.vi.json';
import newPlanVi from './newplan.vi.json';
import noticesVi from './notices.vi.json';
import phoneVi from './phone.vi.json';
import plansVi from './plans.vi.json';
import recognitionVi from './recognition.vi.json';
import setsVi from './sets.vi.json';
import surveyVi from './survey.vi.json';
import trustVi from './trust.vi.json';
import vi from './vi.json';
import worksVi from './works.vi.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'ntm.lang';

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

/** Switches the language, loading the English strings the first time. */
export async function setLanguage(lng: Language) {
  if (lng === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const [
      en,
      plansEn,
      noticesEn,
      auditEn,
      trustEn,
      newPlanEn,
      phoneEn,
      issuesEn,
      a11yEn,
      dateCtxEn,
      datesEn,
      setsEn,
      classifyEn,
      lamDongEn,
      dossierEn,
      surveyEn,
      recognitionEn,
      worksEn,
      fundboardEn,
      moneyEn,
    ] = await Promise.all([
      import('./en.json'),
      import('./plans.en.json'),
      import('./notices.en.json'),
      import('./audit.en.json'),
      import('./trust.en.json'),
      import('./newplan.en.json'),
      import('./phone.en.json'),
      import('./issues.en.json'),
      import('./a11y.en.json'),
      import('./datectx.en.json'),
      import('./dates.en.json'),
      import('./sets.en.json'),
      import('./classify.en.json'),
      import('./lamdong.en.json'),
      import('./dossier.en.json'),
      import('./survey.en.json'),
      import('./recognition.en.json'),
      import('./works.en.json'),
      import('./fundboard.en.json'),
      import('./money.en.json'),
    ]);
    i18n.addResourceBundle('en', 'translation', {
      ...en.default,
      plans: plansEn.default,
      notices: noticesEn.default,
      auditLog: auditEn.default,
      trust: trustEn.default,
      newPlan: newPlanEn.default,
      phone: phoneEn.default,
      issues: issuesEn.default,
      a11y: a11yEn.default,
      dateCtx: dateCtxEn.default,
      dates: datesEn.default,
      sets: setsEn.default,
      classify: classifyEn.default,
      lamDong: lamDongEn.default,
      dossier: dossierEn.default,
      survey: surveyEn.default,
      recognition: recognitionEn.default,
      works: worksEn.default,
      fundboard: fundboardEn.default,
      money: moneyEn.default,
    });
  }
  await i18n.changeLanguage(lng);
}

void i18n.use(initReactI18next).init({
  resources: {
    vi: {
      translation: {
        ...vi,
        plans: plansVi,
        notices: noticesVi,
        auditLog: auditVi,
        trust: trustVi,
        newPlan: newPlanVi,
        phone: phoneVi,
        issues: issuesVi,
        a11y: a11yVi,
        dateCtx: dateCtxVi,
        dates: datesVi,
        sets: setsVi,
        classify: classifyVi,
        lamDong: lamDongVi,
        dossier: dossierVi,
        survey: surveyVi,
        recognition: recognitionVi,
        works: worksVi,
        fundboard: fundboardVi,
        money: moneyVi,
      },
    },
  },
  lng: 'vi',
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // private mode: the choice lasts for this page only
  }
});

if (initialLanguage() === 'en') void setLanguage('en');

export default i18n;
