package dev.mapsmith.sampledrives.world.change;

import java.util.List;

/**
 * How to change a world: {@code count} changes drawn from {@code types} (cycled in a seeded order),
 * placed by {@code seed}; {@code unseenShare} of them where the drive does not see them.
 */
public record ChangeRequest(int count, List<ChangeType> types, long seed, double unseenShare) {

  /** The share of changes placed out of the drive's sight by default. */
  public static final double DEFAULT_UNSEEN_SHARE = 0.25;

  public ChangeRequest {
    types = List.copyOf(types);
    if (count < 1 || count > 500) {
      throw new IllegalArgumentException("the number of changes must be 1 to 500: " + count);
    }
    if (types.isEmpty()) {
      throw new IllegalArgumentException("no change types given");
    }
    if (!(unseenShare >= 0 && unseenShare <= 1)) {
      throw new IllegalArgumentException("unseen share outside [0, 1]: " + unseenShare);
    }
  }

  /** {@code count} changes of {@code types} placed by {@code seed}, a quarter out of sight. */
  public static ChangeRequest of(int count, List<ChangeType> types, long seed) {
    return new ChangeRequest(count, types, seed, DEFAULT_UNSEEN_SHARE);
  }
}
