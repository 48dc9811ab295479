package dev.mapsmith.app.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Jobs without the JavaFX toolkit: the "UI thread" is the calling thread of a direct executor. */
class BackgroundExecutorTest {

  private final LogModel log = new LogModel();
  private final BackgroundExecutor tasks = new BackgroundExecutor(Runnable::run, log, 2);

  @AfterEach
  void close() {
    tasks.close();
  }

  @Test
  void successDeliversTheResultAndClearsTheStatusBar() throws Exception {
    AtomicReference<String> got = new AtomicReference<>();
    Job job =
        tasks.submit(
            "count",
            m -> {
              m.progress(0.5, "half");
              return "42";
            },
            got::set);
    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    assertThat(got.get()).isEqualTo("42");
    assertThat(tasks.board().currentProperty().get()).isNull();
    assertThat(log.lines()).anyMatch(l -> l.contains("finished: count"));
  }

  @Test
  void statusBarShowsTheRunningJobAndCancelStopsIt() throws Exception {
    CountDownLatch reported = new CountDownLatch(1);
    AtomicReference<Object> delivered = new AtomicReference<>();
    Job job =
        tasks.submit(
            "endless",
            m -> {
              for (int i = 0; ; i++) {
                m.progress(0.25, "step " + i);
                reported.countDown();
                m.checkCancelled();
                Thread.sleep(5);
              }
            },
            delivered::set);
    assertThat(reported.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(tasks.board().currentProperty().get()).isSameAs(job);
    assertThat(tasks.board().progressProperty().get()).isEqualTo(0.25);
    assertThat(tasks.board().messageProperty().get()).startsWith("endless");

    tasks.board().cancelCurrent();

    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.CANCELLED);
    assertThat(delivered.get()).as("a cancelled job delivers no result").isNull();
    assertThat(tasks.board().currentProperty().get()).isNull();
    assertThat(log.lines()).anyMatch(l -> l.contains("cancelled: endless"));
  }

  @Test
  void failureIsLoggedAndOfferedForADialog() throws Exception {
    Job job =
        tasks.submit(
            "broken",
            m -> {
              throw new java.io.IOException("drive.log: truncated at byte 17");
            },
            r -> {});
    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.FAILED);
    assertThat(tasks.board().lastFailureProperty().get())
        .isEqualTo("broken: drive.log: truncated at byte 17");
    assertThat(log.lines()).anyMatch(l -> l.contains("ERROR") && l.contains("byte 17"));
  }

  @Test
  void aCancelThatComesAfterTheWorkCommittedIsReportedAsDone() throws Exception {
    AtomicReference<String> delivered = new AtomicReference<>();
    AtomicReference<Job> self = new AtomicReference<>();
    CountDownLatch submitted = new CountDownLatch(1);
    Job job =
        tasks.submit(
            "save",
            m -> {
              submitted.await();
              String committed = "3 primitives written"; // the work's change is in the file
              self.get().cancel(); // the user presses cancel just now
              return committed;
            },
            delivered::set);
    self.set(job);
    submitted.countDown();
    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    assertThat(delivered.get()).as("the change is shown").isEqualTo("3 primitives written");
    assertThat(job.report()).startsWith("finished: save").contains("after the work was done");
    assertThat(log.lines()).noneMatch(l -> l.contains("nothing was changed"));
  }

  @Test
  void anErrorSuchAsOutOfMemoryEndsTheJobAsFailed() throws Exception {
    Job job =
        tasks.submit(
            "huge",
            m -> {
              throw new OutOfMemoryError("Java heap space");
            },
            r -> {});
    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.FAILED);
    assertThat(job.report()).isEqualTo("failed: huge: Java heap space");
    assertThat(tasks.board().runningCount()).isZero();
    assertThat(tasks.board().lastFailureProperty().get()).isEqualTo("huge: Java heap space");
  }

  @Test
  void aReportedResultSaysWhatTheJobDid() throws Exception {
    Reported result = () -> "replaced 4, kept 1, added 6";
    Job job = tasks.submit("reconstruct", m -> result, r -> {});
    assertThat(job.done().get(5, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    assertThat(job.report()).isEqualTo("finished: reconstruct: replaced 4, kept 1, added 6");
    assertThat(log.lines()).anyMatch(l -> l.contains("replaced 4, kept 1, added 6"));
  }

  @Test
  void closeWaitsForRunningJobsToEnd() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    java.util.concurrent.atomic.AtomicBoolean wrote =
        new java.util.concurrent.atomic.AtomicBoolean();
    tasks.submit(
        "write",
        m -> {
          started.countDown();
          Thread.sleep(300); // a write that does not look at cancel half way
          wrote.set(true);
          return null;
        },
        r -> {});
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    tasks.close();
    assertThat(wrote.get()).as("close returned only after the running job ended").isTrue();
  }

  @Test
  void manyProgressReportsQueueAtMostOneUiUpdateAtATime() {
    List<Runnable> queued = new ArrayList<>();
    List<Double> shown = new ArrayList<>();
    CoalescingProgress p = new CoalescingProgress(queued::add, (f, m) -> shown.add(f));
    for (int i = 1; i <= 1000; i++) {
      p.progress(i / 1000.0, "");
    }
    assertThat(queued).hasSize(1);
    queued.get(0).run();
    assertThat(shown).containsExactly(1.0);
  }
}
