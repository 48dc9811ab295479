package dev.mapsmith.drivelog.map.opendrive;

import java.nio.file.Path;
import java.util.List;

/**
 * An OpenDRIVE file as read: its revision, the PROJ string of its {@code <geoReference>} (empty
 * when it has none), its roads and junctions, and the problems met (elements skipped, with the road
 * id and element named).
 */
public record OpenDriveMap(
    Path file,
    String revision,
    String geoReference,
    List<Road> roads,
    List<Junction> junctions,
    List<String> problems) {

  public OpenDriveMap {
    roads = List.copyOf(roads);
    junctions = List.copyOf(junctions);
    problems = List.copyOf(problems);
  }

  /** The roads that belong to a junction (its connecting roads). */
  public List<Road> junctionRoads() {
    return roads.stream().filter(Road::inJunction).toList();
  }
}
