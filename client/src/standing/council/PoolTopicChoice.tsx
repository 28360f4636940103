import type { CouncilBoard } from '@dr/shared/council';

interface Props {
  legend: string;
  /** The council's pool topics (议题池) to choose from. */
  pool: CouncilBoard['topics'];
  /** The ids chosen. */
  chosen: string[];
  onChange: (chosen: string[]) => void;
}

/** Which pool topics a meeting takes: one checkbox a topic (calling a meeting, or adding to one called). */
export function PoolTopicChoice({ legend, pool, chosen, onChange }: Props) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {pool.map((topic) => (
        <label key={topic.id} className="council__check">
          <input
            type="checkbox"
            checked={chosen.includes(topic.id)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, topic.id] : chosen.filter((id) => id !== topic.id))
            }
          />
          {topic.title}
        </label>
      ))}
    </fieldset>
  );
}
