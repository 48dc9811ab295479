package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.app.port.Availability;
import dev.mapsmith.app.port.DemoDrivePort;
import dev.mapsmith.app.port.ReconstructionPort;
import dev.mapsmith.app.port.Services;
import dev.mapsmith.app.port.ViewportPort;
import dev.mapsmith.app.task.BackgroundExecutor;
import dev.mapsmith.app.task.Job;
import dev.mapsmith.app.task.LogModel;
import dev.mapsmith.app.testing.TestDrives;
import dev.mapsmith.app.testing.TestProjects;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.edit.DeletePrimitive;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits are incremental end to end: the session hands the window only what an edit changed, and the
 * explorer tree and the map's other followers touch a number of items that does not grow with the
 * project (counted, not timed), while the tree's counts stay right through edit and undo.
 */
class IncrementalEditsTest {

  @TempDir Path dir;
  private final LogModel log = new LogModel();
  private final BackgroundExecutor tasks = new BackgroundExecutor(Runnable::run, log, 1);
  private final List<MainViewModel> opened = new ArrayList<>();

  @AfterEach
  void close() {
    opened.forEach(MainViewModel::close);
    tasks.close();
  }

  private MainViewModel open(int primitives) throws Exception {
    Path file = TestProjects.grid(dir.resolve("p" + primitives + ".mapsmith"), primitives);
    Services s =
        new Services(
            TestDrives.opener(5),
            DemoDrivePort.missing("no demo"),
            ViewportPort.missing("no viewport"),
            Availability.AVAILABLE,
            ReconstructionPort.missing("needs reconstruction"));
    MainViewModel vm =
        new MainViewModel(s, tasks, log, null, Runnable::run, Runnable::run, Runnable::run);
    opened.add(vm);
    Job job = vm.open(file);
    assertThat(job.done().get(30, TimeUnit.SECONDS)).isEqualTo(Job.Outcome.SUCCEEDED);
    return vm;
  }

  private static String label(TreeItem<ExplorerNode> item) {
    return ExplorerItem.textOf(item);
  }

  /** The tree items, the map edits and the primitives handed over by one review and its undo. */
  private long[] costOfOneReviewAndUndo(MainViewModel vm) throws Exception {
    // the tree is open to the edited primitive's leaf: its page's leaves are loaded
    Primitive p = vm.mapProperty().get().get(42).orElseThrow();
    assertThat(vm.explorer().reveal(p)).isNotNull();
    List<MapModel.Edit> edits = new ArrayList<>();
    vm.mapProperty().get().addListener(edits::add);
    long before = vm.explorer().touched();
    vm.inspector().selectedProperty().set(p);
    vm.editing().review(ReviewState.VERIFIED).get(5, TimeUnit.SECONDS);
    vm.editing().undo().get(5, TimeUnit.SECONDS);
    long handed =
        edits.stream()
            .mapToLong(e -> e.added().size() + e.changed().size() + e.removed().size())
            .sum();
    return new long[] {vm.explorer().touched() - before, edits.size(), handed};
  }

  @Test
  void oneEditTouchesAsManyTreeItemsInALargeProjectAsInASmallOne() throws Exception {
    long[] small = costOfOneReviewAndUndo(open(2_000)); // both groups show pages of 1000 ids
    long[] large = costOfOneReviewAndUndo(open(20_000));
    assertThat(large[1]).as("one map edit per call (edit, undo)").isEqualTo(2);
    assertThat(large[2]).as("primitives handed to the window").isEqualTo(2);
    assertThat(large[0]).as("tree items touched at 20,000 primitives").isEqualTo(small[0]);
    assertThat(large[0]).as("tree items touched by an edit and its undo").isBetween(4L, 16L);
  }

  @Test
  void theTreeCountsFollowEditsAndUndo() throws Exception {
    MainViewModel vm = open(90); // fewer than a page: the group shows its leaves
    assertThat(vm.explorer().find("Primitives (90)")).isNotNull();
    assertThat(label(vm.explorer().find("divider ("))).isEqualTo("divider (90)");
    TreeItem<ExplorerNode> auto = vm.explorer().find("auto (");
    assertThat(label(auto)).isEqualTo("auto (90)");
    assertThat(auto.getChildren()).hasSize(90);

    Primitive p = vm.mapProperty().get().get(7).orElseThrow();
    vm.inspector().selectedProperty().set(p);
    vm.editing().review(ReviewState.VERIFIED).get(5, TimeUnit.SECONDS);
    assertThat(label(auto)).isEqualTo("auto (89)");
    assertThat(auto.getChildren()).hasSize(89);
    TreeItem<ExplorerNode> verified = vm.explorer().find("verified (");
    assertThat(label(verified)).isEqualTo("verified (1)");
    assertThat(((Primitive) verified.getChildren().get(0).getValue().payload()).id()).isEqualTo(7);
    assertThat(label(vm.explorer().find("divider ("))).isEqualTo("divider (90)");

    vm.session().execute(new DeletePrimitive(8)).get(5, TimeUnit.SECONDS);
    assertThat(vm.explorer().find("Primitives (89)")).isNotNull();
    assertThat(label(auto)).isEqualTo("auto (88)");
    assertThat(auto.getChildren())
        .extracting(i -> ((Primitive) i.getValue().payload()).id())
        .doesNotContain(7L, 8L)
        .isSorted();

    vm.editing().undo().get(5, TimeUnit.SECONDS); // the delete
    vm.editing().undo().get(5, TimeUnit.SECONDS); // the review
    assertThat(vm.explorer().find("Primitives (90)")).isNotNull();
    assertThat(label(auto)).isEqualTo("auto (90)");
    assertThat(auto.getChildren())
        .extracting(i -> ((Primitive) i.getValue().payload()).id())
        .contains(7L, 8L)
        .isSorted();
    assertThat(vm.explorer().find("verified (")).as("an emptied group goes").isNull();
    assertThat(vm.curation().total("train")).isZero();
  }
}
