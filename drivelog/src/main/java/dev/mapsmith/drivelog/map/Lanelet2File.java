package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.map.osm.OsmDocument;
import dev.mapsmith.drivelog.map.osm.OsmReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Lanelet2 OSM map read for use: its origin by the shared rule ({@link MapOrigins#resolve}), and
 * only its usable elements, every node carrying its position in the map's frame as {@code
 * local_x}/{@code local_y}/{@code ele} (metres). Broken elements are left out and named in {@link
 * #problems()}, the way Lanelet2's own loader collects errors; only a map with nothing usable is
 * refused. Ids are the file's own (negative JOSM ids included), so ids a user reads in the file
 * (for {@code --route}) match.
 *
 * @param file where it was read from
 * @param map the usable elements, positions in local metres
 * @param origin the origin and which rule chose it
 * @param problems every element left out, by kind and id, and why
 */
public record Lanelet2File(Path file, OsmDocument map, MapOrigin origin, List<String> problems) {

  public Lanelet2File {
    problems = List.copyOf(problems);
  }

  /** Reads {@code osm}; {@code option} (may be null) is the user's origin, rule step 1. */
  public static Lanelet2File load(Path osm, GeoOrigin option) throws DriveLogException {
    OsmDocument doc = OsmReader.read(osm);
    return of(doc, osm, MapOrigins.resolve(osm, option, doc));
  }

  /** Checks a document read from {@code file} and puts it in {@code origin}'s frame. */
  public static Lanelet2File of(OsmDocument doc, Path file, MapOrigin origin)
      throws DriveLogException {
    List<String> problems = new ArrayList<>(doc.problems());
    OsmDocument usable = UsableElements.of(doc, origin, problems);
    if (usable.ways().isEmpty()) {
      throw new DriveLogException(
          file,
          "",
          "nothing usable in the map"
              + (problems.isEmpty()
                  ? " (no ways)"
                  : ": " + problems.size() + " problem(s), first: " + problems.get(0)));
    }
    return new Lanelet2File(file, usable, origin, problems);
  }

  /** The frame the positions are in. */
  public FrameOfReference frame() {
    return origin.frame();
  }
}
