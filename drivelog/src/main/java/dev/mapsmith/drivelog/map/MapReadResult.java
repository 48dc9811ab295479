package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.map.LaneMap;
import java.util.List;

/**
 * A ground-truth map read from a file, with the problems found on the way (dangling relations, ways
 * with missing nodes, elements that could not be converted). Problems do not stop reading.
 */
public record MapReadResult(LaneMap map, List<String> problems) {

  public MapReadResult {
    problems = List.copyOf(problems);
  }
}
