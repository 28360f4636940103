import type { Command } from '@dr/shared';
import type { ButtonHTMLAttributes } from 'react';

/** How a `CommandButton` sends: what `useCommand(send)` gives (its `run`, and `busy` while one is on its way). */
export interface Runner {
  run(command: Command): Promise<unknown>;
  busy: boolean;
}

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type' | 'onClick'> & {
  runner: Runner;
  /** The command the button sends; null when there is none to send now (the button is then disabled). */
  command: Command | null;
  tone?: 'primary' | 'danger' | 'quiet';
  small?: boolean;
};

/**
 * The one button that sends a command (`button button--small button--primary` …): disabled while
 * its form's command is on its way, as every host control is, so a double tap sends it once.
 */
export function CommandButton({ runner, command, tone, small, disabled, ...button }: Props) {
  const className = ['button', small && 'button--small', tone && `button--${tone}`].filter(Boolean).join(' ');
  return (
    <button
      {...button}
      type="button"
      className={className}
      disabled={runner.busy || command === null || disabled}
      onClick={() => {
        if (command) void runner.run(command);
      }}
    />
  );
}
