/**
 * Speaks sentences with the browser's speech synthesis (offline where the phone has a voice), in the
 * page's language: a voice for zh-CN or en when the phone has one, else the browser's default for
 * that language. Loaded on the first press of the read-aloud button.
 */
import type { Locale } from '@dr/shared';

/** Whether this browser can speak at all. */
export const canSpeak = () => typeof window !== 'undefined' && 'speechSynthesis' in window;

function voiceFor(lang: Locale): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices();
  const norm = (v: string) => v.replace('_', '-').toLowerCase();
  return (
    voices.find((v) => norm(v.lang) === lang.toLowerCase()) ??
    voices.find((v) => norm(v.lang).startsWith(lang.slice(0, 2).toLowerCase()))
  );
}

/** Stops whatever is being read, then reads `sentences` one after another, a little slower than usual. */
export function speak(sentences: string[], lang: Locale): void {
  if (!canSpeak()) return;
  const synth = window.speechSynthesis;
  synth.cancel();
  const voice = voiceFor(lang);
  for (const sentence of sentences) {
    if (!sentence.trim()) continue;
    const utterance = new SpeechSynthesisUtterance(sentence);
    utterance.lang = lang;
    if (voice) utterance.voice = voice;
    utterance.rate = 0.9;
    synth.speak(utterance);
  }
}
