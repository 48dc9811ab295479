package dev.mapsmith.app.task;

/**
 * A job result that can say what the job did ("replaced 12, kept 3, added 40"), for the job's
 * {@link Job#report()} and the log.
 */
public interface Reported {

  /** One line on what was done; empty when there is nothing to add to the title. */
  String summary();
}
