package dev.mapsmith.drivelog.map.opendrive;

import java.util.List;

/**
 * A lane of a lane section: id (positive left of the reference line, negative right, 0 the centre),
 * type, its width along the road (a profile in absolute road s) and its road marks in order of
 * sOffset. A road mark marks the lane's outer edge.
 */
public record Lane(int id, String type, CubicProfile width, List<RoadMark> marks) {

  public Lane {
    marks = List.copyOf(marks);
  }

  /**
   * The mark in force {@code ds} metres after the section start ({@link RoadMark#NONE} if none).
   */
  public RoadMark markAt(double ds) {
    RoadMark found = RoadMark.NONE;
    for (RoadMark m : marks) {
      if (m.sOffset() <= ds + 1e-6) {
        found = m;
      }
    }
    return found;
  }
}
