package dev.mapsmith.batch;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;

/**
 * How many times Spark runs a failing task, and whether the running attempt is the last one. Spark
 * retries a failed task up to {@code spark.task.maxFailures} attempts on a cluster (default 4); in
 * local mode the master says it: {@code local[N]} runs a task once, {@code local[N,F]} up to F
 * times. A task throws on a failure while Spark will retry it (a lost read, a killed executor) and
 * on its last attempt reports the failure instead, so that a drive that always fails is named in
 * the job's report and does not fail the job.
 */
final class TaskAttempts {

  private static final Pattern LOCAL =
      Pattern.compile("local(?:\\[([^,\\]]+)(?:,\\s*(\\d+))?\\])?");

  private TaskAttempts() {}

  /** The attempts Spark gives a task under {@code master} and {@code conf}. */
  static int of(String master, SparkConf conf) {
    Matcher m = LOCAL.matcher(master.trim());
    if (m.matches()) {
      return m.group(2) == null ? 1 : Math.max(1, Integer.parseInt(m.group(2)));
    }
    return Math.max(1, conf.getInt("spark.task.maxFailures", 4));
  }

  /** Whether the running task attempt is its last (true outside a Spark task). */
  static boolean isLast(int attempts) {
    TaskContext tc = TaskContext.get();
    return tc == null || tc.attemptNumber() + 1 >= attempts;
  }
}
