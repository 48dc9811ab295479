package dev.mapsmith.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mapsmith.core.task.ProgressMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.TaskContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spark's task retries: a tile task that fails is run again as often as the master allows ({@code
 * local[N,F]}: F attempts) and the map is the same; with no retries the job fails and writes
 * nothing; a drive that fails on every attempt is reported in the job's summary, not dropped.
 */
class TaskRetryTest {

  /** Tile task runs per tile, across attempts (local mode: the tasks run in this JVM). */
  static final Map<Long, AtomicInteger> RUNS = new ConcurrentHashMap<>();

  private static Path set;
  private static BatchResult clean;
  @TempDir static Path tmp;

  @BeforeAll
  static void aRunWithoutFaults() throws Exception {
    set = TestDrives.twoTraversals();
    clean =
        BatchJob.run(
            BatchJobTest.options(oneDrive(), tmp.resolve("clean")).withMaster("local[2]"),
            ProgressMonitor.NONE);
  }

  /** The first traversal alone: one drive keeps these runs short. */
  private static Path oneDrive() throws Exception {
    Path m = tmp.resolve("one.json");
    if (!Files.exists(m)) {
      Files.writeString(
          m,
          "{\"drives\": [{\"path\": \""
              + DriveManifest.read(set.resolve("drives.json")).drives().get(0).path()
              + "\", \"format\": \"kitti\"}]}");
    }
    return m;
  }

  /** Fails every tile task's first attempt, as a lost executor would. */
  static TileOutput failFirstAttempt(TileTask t) {
    RUNS.computeIfAbsent(t.tile(), k -> new AtomicInteger()).incrementAndGet();
    if (TaskContext.get().attemptNumber() == 0) {
      throw new IllegalStateException("injected fault: executor lost");
    }
    return TileJob.run(t);
  }

  @Test
  void aFailedTaskIsRetriedAndTheMapIsTheSame() throws Exception {
    RUNS.clear();
    BatchResult retried =
        BatchJob.run(
            BatchJobTest.options(oneDrive(), tmp.resolve("retried")).withMaster("local[2,2]"),
            ProgressMonitor.NONE,
            TaskRetryTest::failFirstAttempt);

    assertThat(RUNS).hasSize(clean.tiles().size());
    assertThat(RUNS.values()).allSatisfy(n -> assertThat(n.get()).isEqualTo(2));
    assertThat(ClusterRunTest.fingerprint(retried)).isEqualTo(ClusterRunTest.fingerprint(clean));
    assertThat(retried.primitives()).isNotEmpty();
  }

  @Test
  void withoutRetriesTheFailureFailsTheJobAndWritesNothing() throws Exception {
    Path out = tmp.resolve("no-retry");
    assertThatThrownBy(
            () ->
                BatchJob.run(
                    BatchJobTest.options(oneDrive(), out).withMaster("local[2]"),
                    ProgressMonitor.NONE,
                    TaskRetryTest::failFirstAttempt))
        .hasMessageContaining("injected fault");
    assertThat(out).doesNotExist();
  }

  @Test
  void aDriveThatFailsOnEveryAttemptIsReportedAndTheOthersStillMakeTheMap() throws Exception {
    DriveManifest m = DriveManifest.read(set.resolve("drives.json"));
    String lost = m.drives().get(1).path(); // readable when scanned, gone from the tile tasks
    RUNS.clear();
    TileRunner storageLost =
        t -> {
          RUNS.computeIfAbsent(t.tile(), k -> new AtomicInteger()).incrementAndGet();
          List<String> paths = new ArrayList<>(t.drivePath());
          paths.replaceAll(p -> p.equals(lost) ? p + "-unreachable" : p);
          return TileJob.run(
              new TileTask(
                  t.tile(),
                  t.driveIndex(),
                  paths,
                  t.originLat(),
                  t.originLon(),
                  t.originAlt(),
                  t.method(),
                  t.marginM(),
                  t.alignment(),
                  t.attempts()));
        };

    BatchResult r =
        BatchJob.run(
            BatchJobTest.options(set.resolve("drives.json"), tmp.resolve("lost"))
                .withMaster("local[2,2]"),
            ProgressMonitor.NONE,
            storageLost);

    assertThat(r.failedDrives()).hasSize(1);
    Map<String, Object> f = r.failedDrives().get(0);
    assertThat(f.get("drive")).isEqualTo(2);
    assertThat(f.get("error").toString()).contains(lost + "-unreachable");
    assertThat(r.summary()).containsKey("failed_drives");
    assertThat(Files.readString(tmp.resolve("lost/report.json"))).contains("-unreachable");
    long touched = r.tiles().stream().filter(t -> !t.failures().isEmpty()).count();
    assertThat(touched).isPositive();
    // tiles with the lost drive ran twice (Spark's attempts), the others once
    assertThat(RUNS.values().stream().filter(n -> n.get() == 2).count()).isEqualTo(touched);
    assertThat(RUNS.values()).allSatisfy(n -> assertThat(n.get()).isIn(1, 2));
    assertThat(r.primitives()).isNotEmpty();
  }
}
