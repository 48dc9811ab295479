package dev.mapsmith.models.synthetic;

import dev.mapsmith.core.training.TrainingSetFiles;
import dev.mapsmith.core.training.TrainingSetManifest;
import dev.mapsmith.models.TrainingSet;
import dev.mapsmith.models.TrainingTile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes tiles in the training-set format that {@link TrainingSet} reads (the labeling export's
 * format): {@code manifest.json}, {@code tiles/<id>.f32} and {@code tiles/<id>.mask.png}.
 */
public final class TrainingSetWriter {

  private TrainingSetWriter() {}

  /** Writes one tile's two files under {@code dir/tiles}. */
  public static void writeTile(Path dir, TrainingTile tile) throws IOException {
    TrainingSetFiles.writeTile(dir, tile.id(), tile.chw(), tile.mask(), tile.size());
  }

  /** Writes {@code dir/manifest.json} for tiles of {@code size} pixels. */
  public static void writeManifest(
      Path dir, int size, double resolution, List<String> train, List<String> val, String source)
      throws IOException {
    TrainingSetFiles.writeManifest(
        dir, new TrainingSetManifest(size, resolution, train, val, Map.of("source", source)));
  }
}
