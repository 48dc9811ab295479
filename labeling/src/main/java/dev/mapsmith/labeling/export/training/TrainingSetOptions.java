package dev.mapsmith.labeling.export.training;

import dev.mapsmith.core.training.TrainingSetFormat;
import dev.mapsmith.labeling.export.ExportFilter;
import java.util.List;

/**
 * Training-set settings. {@code valDrives}: drives for the validation split; when empty, about
 * {@code valFraction} of the drives (at least one where there are two or more) are chosen by a
 * stable hash of their ids, and a single drive holds out the last {@code valFraction} of its tiles
 * (see {@link TrainingSplit}). {@code minDensityFraction}: a tile is written only where at least
 * this fraction of its cells saw a point. {@code unreviewed}: what happens to tiles in which an
 * unreviewed automatic primitive lies.
 */
public record TrainingSetOptions(
    ExportFilter filter,
    List<String> valDrives,
    double valFraction,
    double minDensityFraction,
    UnreviewedTiles unreviewed) {

  public static final int TILE_SIZE = TrainingSetFormat.TILE_SIZE;
  public static final double RESOLUTION_M = TrainingSetFormat.RESOLUTION_M;

  /** Width of a rasterised line, metres. */
  public static final double LINE_WIDTH_M = 0.2;

  public static final TrainingSetOptions DEFAULT =
      new TrainingSetOptions(
          ExportFilter.APPROVED, List.of(), 0.2, 0.01, UnreviewedTiles.LEAVE_OUT);

  public TrainingSetOptions {
    valDrives = List.copyOf(valDrives);
  }

  /** These options with other validation drives. */
  public TrainingSetOptions withValDrives(List<String> drives) {
    return new TrainingSetOptions(filter, drives, valFraction, minDensityFraction, unreviewed);
  }

  /** These options with another unreviewed-tiles policy. */
  public TrainingSetOptions with(UnreviewedTiles policy) {
    return new TrainingSetOptions(filter, valDrives, valFraction, minDensityFraction, policy);
  }

  /** These options with another label filter. */
  public TrainingSetOptions with(ExportFilter f) {
    return new TrainingSetOptions(f, valDrives, valFraction, minDensityFraction, unreviewed);
  }
}
