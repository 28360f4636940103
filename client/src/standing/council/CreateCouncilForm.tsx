import { FOLLOW_UP_LIMITS, type Locale } from '@dr/shared';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { browserTimeZone } from '../../i18n/zonedTime';
import { isLocale } from '../../i18n/language';
import { LocaleSelect } from '../../ui/LocaleSelect';
import { standingApi } from '../standingApi';
import { CreateAndOpen } from '../CreateAndOpen';
import { TextField } from '../../ui/TextField';
import { TimeZoneField } from '../../ui/TimeZoneField';
import { useField } from '../../ui/field';

interface Props {
  /** Creating from an office's page: the council belongs to that office (its token opens the door). */
  office?: { officeId: string; token: string; name: string };
  onCancel?: () => void;
}

/**
 * A new standing council (议事会): its name, language, time zone, and the fixed place and time it
 * meets at (固定场所、时间). The time zone starts as this device's. Once created, the council's page
 * opens with the host link, where its four links are shown to keep and hand out.
 */
export function CreateCouncilForm({ office, onCancel }: Props) {
  const { i18n } = useTranslation();
  const { t: s } = useTranslation('council');
  const id = useId();
  const [locale, localeField] = useField<Locale>(isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'zh-CN');
  const [timeZone, timeZoneField] = useField(() => browserTimeZone() ?? (locale === 'en' ? 'UTC' : 'Asia/Shanghai'));
  const [place, placeField] = useField('');
  const [pattern, patternField] = useField('');
  // The council's page opens with the host link, where its links are shown.
  const create = (name: string) =>
    standingApi.create(
      {
        name,
        locale,
        timeZone: timeZone.trim(),
        ...(place.trim() ? { place: place.trim() } : {}),
        ...(pattern.trim() ? { meetingPattern: pattern.trim() } : {}),
        ...(office ? { officeId: office.officeId } : {}),
      },
      office?.token ?? null,
    );
  const words = {
    heading: office ? s('createFor', { office: office.name }) : s('create'),
    name: s('councilName'),
    namePlaceholder: s('councilNamePlaceholder'),
    submit: s('create'),
    creating: s('creating'),
    failed: s('createFailed'),
  };

  return (
    <CreateAndOpen words={words} create={create} linkOf={(created) => created.links.host} onCancel={onCancel}>
      <LocaleSelect id={`${id}-locale`} label={s('language')} {...localeField} />
      <TimeZoneField label={s('timeZone')} required listed={timeZone} {...timeZoneField} hint={s('timeZoneHelp')} />
      <TextField
        label={s('place') + s('optional')}
        maxLength={FOLLOW_UP_LIMITS.place}
        placeholder={s('placePlaceholder')}
        {...placeField}
      />
      <TextField
        label={s('pattern') + s('optional')}
        maxLength={FOLLOW_UP_LIMITS.place}
        placeholder={s('patternPlaceholder')}
        {...patternField}
      />
    </CreateAndOpen>
  );
}
