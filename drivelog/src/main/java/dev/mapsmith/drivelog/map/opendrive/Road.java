package dev.mapsmith.drivelog.map.opendrive;

import java.util.List;

/**
 * A {@code <road>}: id, length, the junction it belongs to ({@code -1} for none), its links, the
 * reference line with elevation and lane offset, lane sections, objects and signals.
 */
public record Road(
    String id,
    String name,
    double length,
    String junction,
    RoadLink predecessor,
    RoadLink successor,
    PlanView planView,
    CubicProfile elevation,
    CubicProfile laneOffset,
    List<LaneSection> sections,
    List<RoadObject> objects,
    List<RoadSignal> signals) {

  public Road {
    sections = List.copyOf(sections);
    objects = List.copyOf(objects);
    signals = List.copyOf(signals);
  }

  public boolean inJunction() {
    return !junction.isEmpty() && !junction.equals("-1");
  }
}
