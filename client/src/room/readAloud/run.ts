/** The read-aloud button's code, one chunk fetched on its first press (room/readAloud/ReadAloudButton.tsx). */
export { readAloudText } from './readAloudText';
export { speak } from './speak';
