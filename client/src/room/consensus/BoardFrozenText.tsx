import type { Round } from '@dr/shared';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { largestFit, pageCount } from './fitText';
import { FrozenHeading, FrozenLines } from './FrozenText';
import './BoardFrozenText.css';

/** Font sizes in vw: the largest the board uses, and the smallest still read from the back of a hall. */
const MAX_VW = 2.6;
const MIN_VW = 1.3;
/** Seconds each page of a text too long for one page stays up. */
const PAGE_SECONDS = 12;
/** Gap between pages (CSS columns), in px. */
const PAGE_GAP = 40;

/**
 * The whole text a round asks about, on the board, legible from the back of the room: every line
 * in the box, scaled to fit between a legible minimum and a large maximum; a text longer than that
 * is laid out in pages (columns as wide as the box, so no line is ever cut) that turn by
 * themselves, with "page 1 of 2". Nothing is drawn over it: the meter and the reasons sit beside it.
 */
export function BoardFrozenText({ round }: { round: Pick<Round, 'text' | 'textHash'> }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  const text = useRef<HTMLDivElement>(null);
  const [layout, setLayout] = useState<{ fontPx: number; pages: number; width: number; height: number }>({
    fontPx: 0,
    pages: 1,
    width: 0,
    height: 0,
  });
  const page = usePage(layout.pages);

  useLayoutEffect(() => {
    const outer = box.current;
    const inner = text.current;
    if (!outer || !inner) return;
    const fit = () => {
      const width = outer.clientWidth;
      const height = outer.clientHeight;
      const vw = window.innerWidth / 100;
      const unpaged = (size: number) => {
        inner.style.columnWidth = 'auto';
        inner.style.height = 'auto';
        inner.style.fontSize = `${size}px`;
        return inner.scrollHeight <= height && inner.scrollWidth <= width;
      };
      const size = largestFit(MIN_VW * vw, MAX_VW * vw, 0.5, unpaged);
      if (size !== null) {
        inner.style.fontSize = `${size}px`;
        setLayout({ fontPx: size, pages: 1, width, height });
        return;
      }
      // Too long for one page at the legible minimum: columns the size of the box, one per page.
      inner.style.fontSize = `${MIN_VW * vw}px`;
      inner.style.height = `${height}px`;
      inner.style.columnWidth = `${width}px`;
      setLayout({ fontPx: MIN_VW * vw, pages: pageCount(inner.scrollWidth, width, PAGE_GAP), width, height });
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(outer);
    return () => observer.disconnect();
  }, [round.text]);

  const paged = layout.pages > 1;
  const style = paged
    ? {
        fontSize: `${layout.fontPx}px`,
        height: `${layout.height}px`,
        columnWidth: `${layout.width}px`,
        columnGap: `${PAGE_GAP}px`,
        transform: `translateX(-${page * (layout.width + PAGE_GAP)}px)`,
      }
    : layout.fontPx > 0
      ? { fontSize: `${layout.fontPx}px` }
      : undefined;

  return (
    <div className="board-frozen">
      <p className="board-frozen__heading">
        <FrozenHeading textHash={round.textHash} />
        {paged && (
          <span className="board-frozen__page" aria-live="off">
            {' '}
            {t('consensus.textPage', { page: page + 1, pages: layout.pages })}
          </span>
        )}
      </p>
      <div ref={box} className="board-frozen__box">
        <div
          ref={text}
          className={paged ? 'board-frozen__text board-frozen__text--paged' : 'board-frozen__text'}
          style={style}
        >
          <FrozenLines text={round.text} className="board-frozen__line" />
        </div>
      </div>
    </div>
  );
}

/** The page on show: every board in the room turns at the same moment (the clock decides, not each screen). */
function usePage(pages: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (pages <= 1) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [pages]);
  return pages <= 1 ? 0 : Math.floor(now / (PAGE_SECONDS * 1000)) % pages;
}
