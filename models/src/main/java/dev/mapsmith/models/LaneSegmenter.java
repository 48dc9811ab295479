package dev.mapsmith.models;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import dev.mapsmith.core.raster.BevRaster;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.core.training.LaneClass;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * Runs a trained lane segmentation model: a class index ({@link LaneClass} ordinal) per pixel of a
 * bird's-eye-view tile. Loads a model directory ({@code model.json} plus DJL parameters), runs on
 * DJL's default device (the GPU when there is one), offline, and gives each call its own NDManager
 * so memory stays flat. Calls are serialised; use one instance per thread for parallel work.
 */
public final class LaneSegmenter implements AutoCloseable {

  private final ModelSpec spec;
  private final String weightsHash;
  private final Model model;
  private final Predictor<SegmentationTranslator.Tile, int[]> predictor;

  private LaneSegmenter(
      ModelSpec spec,
      String weightsHash,
      Model model,
      Predictor<SegmentationTranslator.Tile, int[]> predictor) {
    this.spec = spec;
    this.weightsHash = weightsHash;
    this.model = model;
    this.predictor = predictor;
  }

  /**
   * A segmenter owning {@code model}, with the predictor {@code newPredictor} makes; when that
   * throws, the model is closed before the failure goes on, so nothing native is left behind.
   */
  static LaneSegmenter of(
      ModelSpec spec,
      String weightsHash,
      Model model,
      Function<Model, Predictor<SegmentationTranslator.Tile, int[]>> newPredictor) {
    try {
      return new LaneSegmenter(spec, weightsHash, model, newPredictor.apply(model));
    } catch (RuntimeException | Error e) {
      model.close();
      throw e;
    }
  }

  /** Loads the model in {@code modelDir}; a clear IOException names a missing or bad file. */
  public static LaneSegmenter load(Path modelDir) throws IOException {
    ModelSpec spec = ModelSpec.read(modelDir);
    String hash = weightsHash(modelDir, spec.paramsName());
    DjlSetup.configure();
    Model model = Model.newInstance(spec.paramsName());
    try {
      model.setBlock(new LaneUNet(spec.baseFilters(), spec.depth(), spec.classes().size()));
      model.load(modelDir, spec.paramsName());
    } catch (MalformedModelException | IOException | RuntimeException e) {
      model.close();
      throw new IOException(
          "cannot load model parameters '" + spec.paramsName() + "' in " + modelDir + ": " + e, e);
    }
    int stride = 1 << spec.depth();
    return of(
        spec, hash, model, m -> m.newPredictor(new SegmentationTranslator(stride, spec.scale())));
  }

  /**
   * The first 8 hex digits of the SHA-256 over the model's parameter files ({@code
   * <paramsName>*.params}, in name order): two models with the same id and version but other
   * weights tell apart by it.
   */
  static String weightsHash(Path modelDir, String paramsName) throws IOException {
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(modelDir)) {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      List<Path> params =
          files
              .filter(
                  f -> {
                    String n = f.getFileName().toString();
                    return n.startsWith(paramsName) && n.endsWith(".params");
                  })
              .sorted()
              .toList();
      for (Path f : params) {
        sha.update(java.nio.file.Files.readAllBytes(f));
      }
      return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** {@link #weightsHash(Path, String)} of this model's weights. */
  public String weightsHash() {
    return weightsHash;
  }

  /** Loads the default model shipped inside the application. */
  public static LaneSegmenter loadDefault() throws IOException {
    return load(DefaultModel.directory());
  }

  /** What {@code model.json} says about this model: id, version, classes, metrics. */
  public ModelSpec spec() {
    return spec;
  }

  /** The device the model runs on, e.g. {@code cpu()} or {@code gpu(0)}. */
  public String device() {
    return model.getNDManager().getDevice().toString();
  }

  /**
   * Segments one tile: {@code chw} holds {@code channels} planes of {@code height x width} raw
   * channel values (row 0 northern-most, channel order {@link ModelInput#CHANNELS}). Returns a
   * class index per pixel in the same row-major order. Any size works; a few hundred pixels a side
   * is what the model was trained for.
   */
  public synchronized int[] segment(float[] chw, int channels, int height, int width) {
    if (channels != spec.channels().size()) {
      throw new IllegalArgumentException(
          "model expects " + spec.channels().size() + " channels, got " + channels);
    }
    if (height <= 0 || width <= 0 || chw.length != channels * height * width) {
      throw new IllegalArgumentException(
          "tile of " + chw.length + " values is not " + channels + "x" + height + "x" + width);
    }
    try {
      return predictor.predict(new SegmentationTranslator.Tile(chw, channels, height, width));
    } catch (TranslateException e) {
      throw new IllegalStateException("inference failed: " + e.getMessage(), e);
    }
  }

  /**
   * Segments a whole raster of any size by overlapping tiles, stitched from their centres. The
   * result has one class index per cell of {@code raster.grid()}, in the grid's own order (row 0
   * the southern row), so it lines up with the raster for vectorisation.
   */
  public int[] segmentRaster(BevRaster raster, ProgressMonitor progress) {
    return TiledSegmentation.run(
        this::segment, raster, spec.tileSize(), spec.tileSize() / 8, progress);
  }

  /** NDArrays and sub-managers attached to the model's manager; stays small if nothing leaks. */
  int attachedResourceCount() {
    return ai.djl.ndarray.BaseNDManager.class.isInstance(model.getNDManager())
        ? ((ai.djl.ndarray.BaseNDManager) model.getNDManager()).getManagedArrays().size()
        : 0;
  }

  @Override
  public void close() {
    predictor.close();
    model.close();
  }
}
