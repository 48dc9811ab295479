package dev.mapsmith.reconstruction;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import java.util.List;
import java.util.Map;

/**
 * What a reconstruction produced: primitives in {@code frame}, how many lidar points were read, the
 * wall time, counts per class key, and notes for the user (an empty area, skipped sweeps).
 */
public record ReconstructionResult(
    List<Primitive> primitives,
    FrameOfReference frame,
    long inputPoints,
    double seconds,
    Map<String, Integer> countsByClass,
    List<String> notes) {

  public ReconstructionResult {
    primitives = List.copyOf(primitives);
    countsByClass = Map.copyOf(countsByClass);
    notes = List.copyOf(notes);
  }

  /** The primitives as a map, e.g. for {@code Evaluation.evaluate}. */
  public LaneMap toMap() {
    return new LaneMap(frame, primitives);
  }
}
