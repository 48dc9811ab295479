package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.map.LaneMap;
import java.util.List;

/**
 * A ground-truth map read from a file, with the problems found on the way (dangling relations, ways
 * with missing nodes, elements that could not be converted) and, for a map that stores no origin,
 * the origin the shared rule chose ({@code null} for maps whose frame is their own). Problems do
 * not stop reading.
 */
public record MapReadResult(LaneMap map, List<String> problems, MapOrigin origin) {

  public MapReadResult {
    problems = List.copyOf(problems);
  }

  public MapReadResult(LaneMap map, List<String> problems) {
    this(map, problems, null);
  }
}
