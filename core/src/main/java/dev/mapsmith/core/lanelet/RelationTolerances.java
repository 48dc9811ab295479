package dev.mapsmith.core.lanelet;

/**
 * How relations are read from lanelet shapes ({@link LaneRelations#derive}). Metres.
 *
 * @param join a lanelet follows another when both its bounds start within this of where the other's
 *     end (the simulator's routing uses the same 0.5 m)
 */
public record RelationTolerances(double join) {

  public RelationTolerances {
    if (!(join > 0)) {
      throw new IllegalArgumentException("join must be positive: " + join);
    }
  }

  public static RelationTolerances defaults() {
    return new RelationTolerances(0.5);
  }
}
