package dev.mapsmith.labeling.export.lanelet2;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.io.AtomicOutput;
import dev.mapsmith.core.lanelet.LaneGraph;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.map.Lanelet2Output;
import dev.mapsmith.drivelog.map.MapOrigins;
import dev.mapsmith.drivelog.map.ProjectorInfo;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes a lane graph as a Lanelet2 map ({@link LaneGraphOsm}) in Autoware's flavour: nodes with
 * {@code local_x}/{@code local_y}/{@code ele} and lat/lon, the projection in the map's own {@code
 * <name>.map_projector_info.yaml} (and Autoware's {@code map_projector_info.yaml} when no other
 * map's is there, {@link ProjectorInfo#write}) and, with an origin, the {@code <name>.origin}
 * sidecar: two exports in one folder keep their own origin. Every target is checked before the
 * first is written; each is written under a temporary name and moved into place.
 */
public final class LaneGraphWriter {

  private LaneGraphWriter() {}

  /** Writes {@code graph} to {@code out}; returns the map's projector file. */
  public static Path write(LaneGraph graph, Path out, ProgressMonitor progress) throws IOException {
    FrameOfReference frame = graph.frame();
    AtomicOutput.checkTarget(ProjectorInfo.fileFor(out));
    AtomicOutput.checkTarget(out.toAbsolutePath().resolveSibling(ProjectorInfo.FILE_NAME));
    if (frame instanceof LocalEnuFrame) {
      AtomicOutput.checkTarget(MapOrigins.sidecarFor(out));
    }
    progress.progress(0, "lanelets");
    OsmDocument doc = LaneGraphOsm.document(graph, Lanelet2Output.projection(frame));
    progress.checkCancelled();
    AtomicOutput.write(
        out,
        os -> {
          Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
          OsmWriter.write(doc, w);
          w.flush();
        });
    Path yaml = ProjectorInfo.write(out, frame);
    if (frame instanceof LocalEnuFrame enu) {
      MapOrigins.write(out, enu.origin());
    }
    progress.progress(1, "lanelets");
    return yaml;
  }
}
