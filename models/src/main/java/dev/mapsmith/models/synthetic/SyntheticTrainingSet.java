package dev.mapsmith.models.synthetic;

import dev.mapsmith.models.TrainingTile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a training set of synthetic road tiles (see {@link SyntheticTiles}). Train tiles use seeds
 * 0..train-1, validation tiles seeds {@link #VAL_SEED_BASE}.. so the validation split is the same
 * whatever the train size. Usage: {@code SyntheticTrainingSet OUT_DIR TRAIN_TILES VAL_TILES
 * [TILE_SIZE]}.
 */
public final class SyntheticTrainingSet {

  /** First seed of the validation tiles. */
  public static final long VAL_SEED_BASE = 1_000_000L;

  /** Metres per pixel, as in the training-set contract. */
  public static final double RESOLUTION = 0.1;

  private SyntheticTrainingSet() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: SyntheticTrainingSet OUT_DIR TRAIN_TILES VAL_TILES [TILE_SIZE]");
      System.exit(2);
    }
    int size = args.length > 3 ? Integer.parseInt(args[3]) : 256;
    write(Path.of(args[0]), Integer.parseInt(args[1]), Integer.parseInt(args[2]), size);
    System.out.println("wrote " + args[0]);
  }

  /** Writes {@code train} + {@code val} tiles of {@code size} pixels and the manifest. */
  public static void write(Path dir, int train, int val, int size) throws IOException {
    List<String> trainIds = new ArrayList<>();
    List<String> valIds = new ArrayList<>();
    for (int i = 0; i < train; i++) {
      trainIds.add(writeOne(dir, i, size));
    }
    for (int i = 0; i < val; i++) {
      valIds.add(writeOne(dir, VAL_SEED_BASE + i, size));
    }
    TrainingSetWriter.writeManifest(
        dir, size, RESOLUTION, trainIds, valIds, "synthetic road scenes (SyntheticTiles)");
  }

  /** The validation tile {@code index} exactly as {@link #write} writes it. */
  public static TrainingTile validationTile(int index, int size) {
    return SyntheticTiles.generate(VAL_SEED_BASE + index, size, RESOLUTION);
  }

  private static String writeOne(Path dir, long seed, int size) throws IOException {
    TrainingTile t = SyntheticTiles.generate(seed, size, RESOLUTION);
    TrainingSetWriter.writeTile(dir, t);
    return t.id();
  }
}
