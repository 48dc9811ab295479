package dev.mapsmith.labeling.export;

import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.util.List;
import java.util.function.Predicate;

/** Which primitives an export writes. */
public enum ExportFilter implements Predicate<Primitive> {
  /** Everything except rejected primitives: the default for map exports. */
  NOT_REJECTED,
  /** Only what a person verified or corrected: the default for training sets. */
  APPROVED,
  /** Everything, rejected included. */
  ALL;

  @Override
  public boolean test(Primitive p) {
    return switch (this) {
      case NOT_REJECTED -> p.review() != ReviewState.REJECTED;
      case APPROVED -> p.review().approved();
      case ALL -> true;
    };
  }

  public List<Primitive> select(MapView map) {
    return map.primitives().stream()
        .filter(this)
        .sorted((a, b) -> Long.compare(a.id(), b.id()))
        .toList();
  }
}
