/**
 * A shell session as data: the command lines a learner ran, in order, with what they saved in the
 * editor. Replaying the entries on the same starting cluster rebuilds the same end state, which is
 * how a command task is graded on the server.
 */
export interface CommandEntry {
  /** The whole input as submitted at the prompt (heredoc bodies and continuation lines included). */
  readonly line: string;
  /** Present when the line opened the editor (`kubectl edit`, `vi FILE`): the text saved, or null when the edit was cancelled. */
  readonly edited?: string | null;
}
