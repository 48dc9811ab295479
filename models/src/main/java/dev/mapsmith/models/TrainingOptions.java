package dev.mapsmith.models;

/**
 * How {@link LaneTrainer} trains.
 *
 * @param epochs the most passes over the train split
 * @param patience stop after this many epochs without a better validation mIoU
 * @param batchSize crops per optimiser step
 * @param cropSize side of the random training crops (at most the tile size)
 * @param cropsPerTile crops taken from each training tile per epoch
 * @param learningRate Adam learning rate
 * @param device {@code auto} (DJL's default), {@code cpu} or {@code gpu}
 * @param seed seed of every random choice (initialisation, order, augmentation)
 * @param baseFilters filters in the first UNet stage
 * @param depth UNet pooling stages
 * @param modelId id written to model.json and into provenance
 * @param modelVersion version written to model.json and into provenance
 * @param cropsPerEpoch the most crops one epoch trains on, drawn at random from all tiles' crops
 *     (0: all), so that a large set validates and checkpoints often
 * @param maxMinutes no new epoch starts after this many minutes of training (0: no limit)
 */
public record TrainingOptions(
    int epochs,
    int patience,
    int batchSize,
    int cropSize,
    int cropsPerTile,
    float learningRate,
    String device,
    long seed,
    int baseFilters,
    int depth,
    String modelId,
    String modelVersion,
    int cropsPerEpoch,
    double maxMinutes) {

  public TrainingOptions {
    if (epochs <= 0 || patience <= 0 || batchSize <= 0 || cropSize <= 0 || cropsPerTile <= 0) {
      throw new IllegalArgumentException("epochs, patience, batch, crop sizes must be positive");
    }
    if (cropsPerEpoch < 0 || !(maxMinutes >= 0)) {
      throw new IllegalArgumentException("crops per epoch and minutes must not be negative");
    }
    if (!(learningRate > 0) || !Float.isFinite(learningRate)) {
      throw new IllegalArgumentException("learning rate must be positive, not " + learningRate);
    }
    if (!device.equals("auto") && !device.equals("cpu") && !device.equals("gpu")) {
      throw new IllegalArgumentException("device must be auto, cpu or gpu, not " + device);
    }
  }

  /** The defaults used for the shipped model, with {@code epochs} epochs. */
  public static TrainingOptions defaults(int epochs) {
    return new TrainingOptions(
        epochs, 8, 8, 128, 2, 2e-3f, "auto", 42L, 8, 4, "lane-unet", "1", 0, 0);
  }

  /**
   * A run as the command line asks for it: the default network, batch, crop size and learning rate,
   * with these choices.
   */
  public static TrainingOptions of(
      int epochs,
      int patience,
      int cropsPerTile,
      String device,
      long seed,
      String modelId,
      String modelVersion,
      int cropsPerEpoch,
      double maxMinutes) {
    TrainingOptions d = defaults(epochs);
    return new TrainingOptions(
        epochs,
        patience,
        d.batchSize,
        d.cropSize,
        cropsPerTile,
        d.learningRate,
        device,
        seed,
        d.baseFilters,
        d.depth,
        modelId,
        modelVersion,
        cropsPerEpoch,
        maxMinutes);
  }

  public TrainingOptions withDevice(String d) {
    return new TrainingOptions(
        epochs,
        patience,
        batchSize,
        cropSize,
        cropsPerTile,
        learningRate,
        d,
        seed,
        baseFilters,
        depth,
        modelId,
        modelVersion,
        cropsPerEpoch,
        maxMinutes);
  }

  public TrainingOptions withIdentity(String id, String version) {
    return new TrainingOptions(
        epochs,
        patience,
        batchSize,
        cropSize,
        cropsPerTile,
        learningRate,
        device,
        seed,
        baseFilters,
        depth,
        id,
        version,
        cropsPerEpoch,
        maxMinutes);
  }

  public TrainingOptions withSizes(int batch, int crop, int crops) {
    return new TrainingOptions(
        epochs,
        patience,
        batch,
        crop,
        crops,
        learningRate,
        device,
        seed,
        baseFilters,
        depth,
        modelId,
        modelVersion,
        cropsPerEpoch,
        maxMinutes);
  }

  /** A copy with the given epoch size and time budget. */
  public TrainingOptions withLimits(int crops, double minutes) {
    return new TrainingOptions(
        epochs,
        patience,
        batchSize,
        cropSize,
        cropsPerTile,
        learningRate,
        device,
        seed,
        baseFilters,
        depth,
        modelId,
        modelVersion,
        crops,
        minutes);
  }

  /** A copy with another Adam learning rate. */
  public TrainingOptions withLearningRate(float rate) {
    return new TrainingOptions(
        epochs,
        patience,
        batchSize,
        cropSize,
        cropsPerTile,
        rate,
        device,
        seed,
        baseFilters,
        depth,
        modelId,
        modelVersion,
        cropsPerEpoch,
        maxMinutes);
  }
}
