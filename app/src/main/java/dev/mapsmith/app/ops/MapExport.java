package dev.mapsmith.app.ops;

import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.labeling.export.ExportFilter;
import dev.mapsmith.labeling.export.GeoJsonWriter;
import dev.mapsmith.labeling.export.lanelet2.Lanelet2Writer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Exports a map snapshot to a file, leaving out rejected primitives: Lanelet2 ({@code .osm}, with
 * its origin sidecar) or GeoJSON ({@code .geojson}, {@code .json}). Runs off the UI thread.
 */
public final class MapExport {

  /** The supported formats. */
  public enum Format {
    LANELET2,
    GEOJSON;

    /** The format a file name asks for: .osm is Lanelet2, .geojson and .json are GeoJSON. */
    public static Format forFile(Path out) {
      String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
      if (name.endsWith(".osm")) {
        return LANELET2;
      }
      if (name.endsWith(".geojson") || name.endsWith(".json")) {
        return GEOJSON;
      }
      throw new IllegalArgumentException(
          "cannot tell the export format from " + out.getFileName() + ": use .osm or .geojson");
    }
  }

  private MapExport() {}

  /** Writes the map's primitives that are not rejected; returns how many. */
  public static int write(LaneMap map, Format format, Path out, ProgressMonitor progress)
      throws IOException {
    List<Primitive> selected = ExportFilter.NOT_REJECTED.select(map);
    switch (format) {
      case LANELET2 -> Lanelet2Writer.write(selected, map.frame(), out, progress);
      case GEOJSON -> GeoJsonWriter.write(selected, map.frame(), out);
    }
    progress.progress(1, selected.size() + " primitives written");
    return selected.size();
  }
}
