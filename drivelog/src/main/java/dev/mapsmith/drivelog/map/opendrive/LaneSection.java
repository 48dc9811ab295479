package dev.mapsmith.drivelog.map.opendrive;

import java.util.List;

/**
 * A {@code <laneSection>} from road s {@code start} to {@code end}: left lanes ordered 1, 2, ...
 * outward, right lanes -1, -2, ... outward, and the centre lane 0 (whose road mark is the centre
 * line).
 */
public record LaneSection(
    double start, double end, List<Lane> left, Lane center, List<Lane> right) {

  public LaneSection {
    left = List.copyOf(left);
    right = List.copyOf(right);
  }

  public double length() {
    return end - start;
  }
}
