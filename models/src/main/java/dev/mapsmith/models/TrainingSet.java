package dev.mapsmith.models;

import dev.mapsmith.core.training.TrainingSetFiles;
import dev.mapsmith.core.training.TrainingSetFormat;
import dev.mapsmith.core.training.TrainingSetManifest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A training-set directory as the labeling export writes it (docs/training-set.md; the contract is
 * core's {@link TrainingSetFormat}, read through {@link TrainingSetFiles}). Tiles are read on
 * demand, their line classes widened into the bands the network learns ({@link LabelBands}).
 */
public final class TrainingSet {

  public static final String FORMAT = TrainingSetFormat.FORMAT;

  private final Path dir;
  private final int tileSize;
  private final double resolution;
  private final List<String> train;
  private final List<String> val;

  private TrainingSet(
      Path dir, int tileSize, double resolution, List<String> train, List<String> val) {
    this.dir = dir;
    this.tileSize = tileSize;
    this.resolution = resolution;
    this.train = List.copyOf(train);
    this.val = List.copyOf(val);
  }

  /**
   * Opens {@code dir}, checking the manifest against the contract ({@link TrainingSetFiles}) and
   * that both splits have tiles; errors name the file and the fault.
   */
  public static TrainingSet open(Path dir) throws IOException {
    TrainingSetManifest m = TrainingSetFiles.readManifest(dir);
    Path file = dir.resolve("manifest.json");
    if (m.train().isEmpty()) {
      throw new IOException(file + ": the train split is empty");
    }
    if (m.val().isEmpty()) {
      throw new IOException(file + ": the val split is empty");
    }
    return new TrainingSet(dir, m.tileSize(), m.resolution(), m.train(), m.val());
  }

  public Path directory() {
    return dir;
  }

  public int tileSize() {
    return tileSize;
  }

  /** Metres per pixel from the manifest, NaN when it gives none. */
  public double resolution() {
    return resolution;
  }

  public List<String> trainIds() {
    return train;
  }

  public List<String> valIds() {
    return val;
  }

  /**
   * Reads one tile and its mask, lines widened into the bands the network learns ({@link
   * LabelBands}), with the tile's ground intensity level measured once.
   */
  public TrainingTile read(String id) throws IOException {
    int channels = ModelInput.CHANNELS.size();
    float[] chw = TrainingSetFiles.readChannels(dir, id, tileSize);
    return new TrainingTile(
        id,
        chw,
        LabelBands.widen(TrainingSetFiles.readMask(dir, id, tileSize), tileSize),
        channels,
        tileSize,
        IntensityScale.groundLevel(chw, channels, tileSize, tileSize));
  }
}
