package dev.mapsmith.app.build;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.labeling.DriveFingerprint;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.Project;
import java.nio.file.Path;
import java.util.List;

/**
 * A project in the first drive's frame holding that drive's ground-truth map ({@code
 * ground_truth/map.osm}, Lanelet2, in its own origin's frame) as VERIFIED primitives, with all the
 * drives registered: the labels of a training set built from generated drives.
 */
public final class TruthProject {

  private TruthProject() {}

  /** Writes {@code out}; returns a one-line summary. */
  public static String write(Path out, List<String> drives) throws Exception {
    Path first = Path.of(drives.get(0));
    FrameOfReference frame;
    try (DriveLog log = DriveLogs.open(first)) {
      frame = log.metadata().frame();
    }
    List<Primitive> verified =
        Lanelet2Maps.read(first.resolve("ground_truth/map.osm"), null)
            .map()
            .convertedTo(frame)
            .primitives()
            .stream()
            .map(p -> p.withReview(ReviewState.VERIFIED))
            .toList();
    try (Project p = Project.create(out, frame)) {
      p.insertAll(verified, "ground truth of " + first);
      for (String d : drives) {
        Path path = Path.of(d).toAbsolutePath();
        try (DriveLog log = DriveLogs.open(path)) {
          p.addDrive(
              new DriveRecord(
                  log.metadata().id(), path, log.metadata().format(), DriveFingerprint.of(path)));
        }
      }
    }
    return out
        + ": "
        + verified.size()
        + " verified truth primitives, "
        + drives.size()
        + " drives";
  }
}
