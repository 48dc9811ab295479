package dev.mapsmith.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mapsmith.app.testing.ChangedDrives;
import dev.mapsmith.app.testing.ConsoleCapture;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.reconstruction.changes.ChangeVerdict;
import dev.mapsmith.reconstruction.changes.Verdict;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's change check for real: a generated drive whose world lost a lane line, checked against
 * a project holding the map from before; the removal is found, accepting it leaves the line out of
 * the exported map, and the run reads back from its JSON as it was.
 */
class ProjectChangeCheckTest {

  @TempDir Path tmp;
  @RegisterExtension final ConsoleCapture console = new ConsoleCapture();

  @Test
  void aRemovedLineIsFoundAndAcceptingItLeavesItOutOfTheExportedMap() throws Exception {
    ChangedDrives changed = ChangedDrives.lineRemoved(tmp);
    Path drive = changed.drive();
    JsonNode change = changed.change();
    try (DriveLog log = dev.mapsmith.drivelog.DriveLogs.open(drive)) {
      LaneMap prior = TruthScoring.readTruth(changed.priorMap(), log.metadata().frame()).map();
      List<Primitive> inOrder = new ArrayList<>(prior.primitives());
      Path file = tmp.resolve("p.mapsmith");
      try (Project p = Project.create(file, log.metadata().frame())) {
        List<Long> ids = p.insertAll(inOrder, "prior map").created();
        long element = ids.get(indexOf(inOrder, change.get("element").asLong()));
        ChangeRun run =
            ProjectChangeCheck.run(
                p.snapshot(), List.of(log), false, Instant.now(), ProgressMonitor.NONE);
        int i = 0;
        while (i < run.verdicts().size() && run.verdicts().get(i).element() != element) {
          i++;
        }
        assertThat(i).as("a verdict on the removed line").isLessThan(run.verdicts().size());
        ChangeVerdict v = run.verdicts().get(i);
        assertThat(v.verdict()).isEqualTo(Verdict.REMOVED);
        assertThat(v.drives()).containsExactly(log.metadata().id());
        assertThat(run.verdicts()).anyMatch(x -> x.verdict() == Verdict.CONFIRMED);

        ChangeRun back = ChangeRunJson.read(ChangeRunJson.write(run), "test");
        assertThat(back.verdicts().get(i).verdict()).isEqualTo(Verdict.REMOVED);

        p.execute(new ChangeDecision(run.key(i), v, true, null));
        int written =
            MapExport.write(
                p.snapshot(),
                MapExport.Format.LANELET2,
                tmp.resolve("after.osm"),
                ProgressMonitor.NONE);
        assertThat(written).isEqualTo(inOrder.size() - 1);
      }
    }
  }

  private static int indexOf(List<Primitive> list, long id) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id() == id) {
        return i;
      }
    }
    throw new AssertionError("element " + id + " is not in the prior map");
  }
}
