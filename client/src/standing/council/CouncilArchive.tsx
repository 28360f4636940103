/**
 * The council host's record controls (issue 27), one lazy chunk with the record's strings: the
 * council's archive (村务档案: every meeting in one ZIP) and its roster's personal information
 * (个人信息), where the host erases a person from the roster and every meeting.
 */
import type { CouncilBoard } from '@dr/shared/council';
import { councilRefusalText } from '@dr/shared/council';
import { useTranslation } from 'react-i18next';
import { ArchiveDownload } from '../../followup/record/ArchiveDownload';
import { ErasePersonButton } from '../../followup/record/ErasePersonButton';
import { recordApi } from '../../followup/record/recordApi';

interface Props {
  board: CouncilBoard;
  token: string;
  /** After an erasure: the page loads the board again, whose roster then shows the pseudonym. */
  onChange: () => void;
}

export function CouncilArchive({ board, token, onChange }: Props) {
  const { t } = useTranslation('record');
  const { councilId } = board;
  return (
    <>
      <section className="council__section stack" aria-labelledby="council-archive">
        <h2 id="council-archive">{t('terms.archive')}</h2>
        <p className="hint">{t('councilIntro')}</p>
        <ArchiveDownload
          url={recordApi.councilArchive(councilId)}
          token={token}
          fallbackName={`archive-${councilId}.zip`}
          label={t('downloadCouncil')}
        />
      </section>
      <section className="council__section stack" aria-labelledby="council-personal">
        <h2 id="council-personal">{t('terms.personalInfo')}</h2>
        <p className="hint">{t('erase.intro')}</p>
        <ul className="council__list">
          {board.roster.map((member) => (
            <li key={member.id} className="council__meeting">
              <span>{member.name}</span>
              <ErasePersonButton
                name={member.name}
                council
                reasons={councilRefusalText}
                erase={() => recordApi.eraseInCouncil(councilId, token, member.id)}
                onErased={onChange}
              />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
