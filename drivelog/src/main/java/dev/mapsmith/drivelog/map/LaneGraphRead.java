package dev.mapsmith.drivelog.map;

import dev.mapsmith.core.lanelet.LaneGraph;
import java.util.List;

/**
 * A lane graph read from a Lanelet2 map, with what was left out and why (see {@link
 * Lanelet2Graphs}).
 */
public record LaneGraphRead(LaneGraph graph, List<String> problems) {

  public LaneGraphRead {
    problems = List.copyOf(problems);
  }
}
