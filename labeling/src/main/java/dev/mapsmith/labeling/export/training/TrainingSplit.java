package dev.mapsmith.labeling.export.training;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which tiles go to validation. By drive: the drives given, or else about {@code valFraction} of
 * them (at least one where there are two or more, never all) chosen by the SHA-256 of their ids, so
 * the split is stable when drives are added. A set made of one drive cannot be split by drive: it
 * holds out the last {@code valFraction} of that drive's tiles, ordered by the mean time of their
 * points (the stretch of road driven last), unless the drive is named as validation.
 */
public final class TrainingSplit {

  private final Set<String> valDrives;
  private final String heldOutDrive;
  private final double fraction;

  private TrainingSplit(Set<String> valDrives, String heldOutDrive, double fraction) {
    this.valDrives = valDrives;
    this.heldOutDrive = heldOutDrive;
    this.fraction = fraction;
  }

  /** The split of a set made of the drives {@code driveIds} under {@code options}. */
  public static TrainingSplit of(List<String> driveIds, TrainingSetOptions options) {
    List<String> ids = driveIds.stream().distinct().toList();
    if (!options.valDrives().isEmpty()) {
      return new TrainingSplit(new TreeSet<>(options.valDrives()), null, options.valFraction());
    }
    if (ids.size() == 1) {
      return new TrainingSplit(Set.of(), ids.get(0), options.valFraction());
    }
    return new TrainingSplit(
        new TreeSet<>(defaultValDrives(ids, options.valFraction())), null, options.valFraction());
  }

  /** The drives chosen for validation when none are given (empty for fewer than two drives). */
  public static List<String> defaultValDrives(List<String> driveIds, double valFraction) {
    List<String> ids = new ArrayList<>(driveIds.stream().distinct().toList());
    if (ids.size() < 2) {
      return List.of();
    }
    ids.sort(Comparator.comparing(TrainingSplit::hash));
    int n = Math.max(1, (int) Math.round(ids.size() * valFraction));
    return List.copyOf(new TreeSet<>(ids.subList(0, Math.min(n, ids.size() - 1))));
  }

  /** The split ("train" or "val") of each of one drive's tiles, in the order given. */
  List<String> assign(String driveId, List<TileSurvey> tiles) {
    List<String> out = new ArrayList<>();
    if (!driveId.equals(heldOutDrive)) {
      tiles.forEach(t -> out.add(valDrives.contains(driveId) ? "val" : "train"));
      return out;
    }
    int n = tiles.size();
    int held = n < 2 ? 0 : Math.max(1, (int) Math.round(n * fraction));
    List<Integer> orders = tiles.stream().map(TileSurvey::order).sorted().toList();
    int firstHeld = held == 0 ? Integer.MAX_VALUE : orders.get(n - held);
    tiles.forEach(t -> out.add(t.order() >= firstHeld ? "val" : "train"));
    return out;
  }

  /** The validation drives (empty when one drive's end is held out). */
  public Set<String> valDrives() {
    return valDrives;
  }

  /** The drive whose last tiles are held out for validation, or null (split by drive). */
  public String heldOutDrive() {
    return heldOutDrive;
  }

  /** The rule in words, for the user. */
  public String describe() {
    if (heldOutDrive != null) {
      return String.format(
          "one drive: the last %d %% of %s's tiles (the road driven last) are held out for validation",
          Math.round(fraction * 100), heldOutDrive);
    }
    return valDrives.isEmpty()
        ? "no validation drive: every tile is for training"
        : "by drive: validation is " + String.join(", ", valDrives);
  }

  private static String hash(String s) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
