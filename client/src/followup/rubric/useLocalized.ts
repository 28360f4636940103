/** Picks the reader's language from a text the rubric carries in both (`{ 'zh-CN': …, en: … }`). */
import type { LocalizedText } from '@dr/shared';
import { useTranslation } from 'react-i18next';

export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'zh-CN' ? 'zh-CN' : 'en';
  return (text) => text[language];
}
