/** Numbers for the scorecard and indicators in the reader's language: points, shares, coefficients. */
import { useTranslation } from 'react-i18next';

export interface NumberText {
  /** Points, to one decimal where needed: 7.5, 82. */
  points: (value: number) => string;
  /** A fraction 0–1 as a percentage; a dash for null (nothing to divide by). */
  share: (value: number | null) => string;
  /** A coefficient 0–1 to two decimals; a dash for null. */
  coefficient: (value: number | null) => string;
}

export function useNumberText(): NumberText {
  const { t, i18n } = useTranslation('followup');
  const language = i18n.resolvedLanguage;
  const none = t('indicators.none');
  const points = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const twoDecimals = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return {
    points: (value) => points.format(value),
    share: (value) => (value === null ? none : percent.format(value)),
    coefficient: (value) => (value === null ? none : twoDecimals.format(value)),
  };
}
