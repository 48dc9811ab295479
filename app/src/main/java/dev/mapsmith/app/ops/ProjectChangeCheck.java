package dev.mapsmith.app.ops;

import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.reconstruction.changes.ChangeConfig;
import dev.mapsmith.reconstruction.changes.ChangeVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The app's change check: a project's map (rejected primitives left out: they are not in the map
 * any more) against drives through {@link ChangeCheck} exactly as {@code mapsmith changes
 * --project} does it, the verdicts brought into the project's frame, as a {@link ChangeRun}.
 */
public final class ProjectChangeCheck {

  private ProjectChangeCheck() {}

  public static ChangeRun run(
      LaneMap map, List<DriveLog> drives, boolean learned, Instant now, ProgressMonitor progress)
      throws Exception {
    LaneMap prior =
        new LaneMap(
            map.frame(),
            map.primitives().stream().filter(p -> p.review() != ReviewState.REJECTED).toList());
    ChangeConfig cfg = ChangeConfig.defaults();
    List<ChangeVerdict> found;
    try (LaneSegmenter seg = learned ? LaneSegmenter.loadDefault() : null) {
      found = ChangeCheck.run(prior, drives, seg, cfg, progress);
    }
    FrameOfReference from = drives.get(0).metadata().frame();
    UnaryOperator<Point3> c = FrameAlignment.converter(from, map.frame());
    List<ChangeVerdict> out = new ArrayList<>(found.size());
    for (ChangeVerdict v : found) {
      out.add(
          new ChangeVerdict(
              v.element(),
              v.mapClass(),
              v.verdict(),
              v.confidence(),
              v.displacementM(),
              v.changed(),
              v.evidence(),
              v.drives(),
              convert(v.prior(), c),
              convert(v.found(), c)));
    }
    return ChangeRun.made(
        now,
        learned ? "learned" : "classical",
        drives.stream().map(d -> d.metadata().id()).toList(),
        ChangeCheck.parameters(cfg),
        out);
  }

  private static Polyline convert(Polyline g, UnaryOperator<Point3> c) {
    if (g == null) {
      return null;
    }
    List<Point3> pts = new ArrayList<>(g.size());
    for (int i = 0; i < g.size(); i++) {
      pts.add(c.apply(g.point(i)));
    }
    return Polyline.of(pts);
  }
}
