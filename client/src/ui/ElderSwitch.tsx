import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyElderMode, ELDER_KEY, loadElderStyles } from './elderMode';

/** Switches the mode (its styles first) and remembers it on this device. */
async function setElderMode(on: boolean): Promise<void> {
  if (on) await loadElderStyles();
  applyElderMode(on);
  try {
    if (on) localStorage.setItem(ELDER_KEY, 'on');
    else localStorage.removeItem(ELDER_KEY);
  } catch {
    // Private mode or storage disabled: the mode lasts for this page only.
  }
}

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
