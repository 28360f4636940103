import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setElderMode } from './elderMode';

/** The large-type mode's switch, in every page's header: pressed, the mode is on (on this device). */
export function ElderSwitch() {
  const { t } = useTranslation();
  const [on, setOn] = useState(() => document.documentElement.dataset.elder === 'on');
  const toggle = async () => {
    await setElderMode(!on);
    setOn(!on);
  };
  return (
    <button type="button" className="elder-switch" aria-pressed={on} onClick={() => void toggle()}>
      {t('elder.switch')}
    </button>
  );
}
