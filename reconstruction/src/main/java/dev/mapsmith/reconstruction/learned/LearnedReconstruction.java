package dev.mapsmith.reconstruction.learned;

import dev.mapsmith.core.frame.FrameOfReference;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.core.raster.BevChannel;
import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.core.raster.BevRaster;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.reconstruction.ConfigFingerprint;
import dev.mapsmith.reconstruction.Reconstruction;
import dev.mapsmith.reconstruction.ReconstructionConfig;
import dev.mapsmith.reconstruction.ReconstructionResult;
import dev.mapsmith.reconstruction.confidence.ConfidenceCalibration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The learned lane reconstruction: the drives' lidar as one bird's-eye-view raster (as the
 * training-set export makes it), segmented tile by tile by a {@link LaneSegmenter}, then vectorised
 * with the classical method's polyline fitting. Primitives carry the model's id and version.
 */
public final class LearnedReconstruction {

  /** The method's key in the confidence calibration. */
  public static final String METHOD = "learned";

  /** How far from the vehicle's path the raster reaches when no area is given, metres. */
  public static final double CORRIDOR_REACH = 30;

  private LearnedReconstruction() {}

  /**
   * Reconstructs {@code area} (null: the drives' corridor) of {@code drives} (in the first drive's
   * frame) with {@code model}; reports progress and throws {@code CancelledException} when
   * cancelled.
   */
  public static ReconstructionResult run(
      List<DriveLog> drives, Bounds2 area, LaneSegmenter model, ProgressMonitor monitor)
      throws DriveLogException {
    return run(drives, area, model, ConfidenceCalibration.shipped(), monitor);
  }

  /**
   * As {@link #run(List, Bounds2, LaneSegmenter, ProgressMonitor)} with confidences mapped by
   * {@code calibration}: its learned curves apply only when they were fitted with this model's
   * weights ({@link ConfidenceCalibration#none()}: raw, as the fit needs them).
   */
  public static ReconstructionResult run(
      List<DriveLog> drives,
      Bounds2 area,
      LaneSegmenter model,
      ConfidenceCalibration calibration,
      ProgressMonitor monitor)
      throws DriveLogException {
    long start = System.nanoTime();
    if (drives.isEmpty()) {
      throw new IllegalArgumentException("no drives given");
    }
    FrameOfReference frame = drives.get(0).metadata().frame();
    List<String> ids = drives.stream().map(d -> d.metadata().id()).toList();
    Bounds2 work = area != null ? area : DriveRaster.corridor(drives, frame, CORRIDOR_REACH);
    List<String> notes = new ArrayList<>();
    if (work.isEmpty()) {
      notes.add("drives " + ids + " have no lidar sweeps; nothing was reconstructed");
      return new ReconstructionResult(
          List.of(), frame, 0, seconds(start), counts(List.of(), frame), notes);
    }
    ReconstructionConfig cfg = ReconstructionConfig.defaults();
    int sweeps = drives.stream().mapToInt(d -> d.sweeps().size()).sum();
    if (sweeps < LearnedVectorConfig.defaults().minSweeps()) {
      return classicalInstead(drives, area, cfg, calibration, sweeps, monitor);
    }
    BevGrid grid = DriveRaster.grid(work);
    BevRaster raster = DriveRaster.build(drives, frame, grid, cfg, monitor.slice(0, 0.5));
    long points = 0;
    for (float d : raster.channel(BevChannel.DENSITY)) {
      points += d > 0 ? Math.round(Math.expm1(d)) : 0;
    }
    int[] classes = model.segmentRaster(raster, monitor.slice(0.5, 0.9));
    monitor.checkCancelled();
    String dump = System.getProperty("mapsmith.learned.dump");
    if (dump != null) {
      try {
        ClassImage.write(
            grid, classes, raster.channel(BevChannel.DENSITY), java.nio.file.Path.of(dump));
      } catch (java.io.IOException e) {
        notes.add("could not write " + dump + ": " + e.getMessage());
      }
    }
    List<ClassVectorizer.Feature> features =
        ClassVectorizer.vectorize(
            grid,
            classes,
            raster.channel(BevChannel.MIN_Z),
            raster.channel(BevChannel.HEIGHT_SPAN),
            meanIntensity(raster),
            DriveRaster.headings(drives, frame),
            cfg,
            LearnedVectorConfig.defaults());
    String calibrated = calibration.describe(METHOD, model.weightsHash());
    Provenance provenance = provenance(model, ids, cfg, LearnedVectorConfig.defaults(), calibrated);
    List<Primitive> prims = new ArrayList<>();
    for (ClassVectorizer.Feature f : features) {
      if (area != null && !f.geometry().bounds().intersects(area)) {
        continue;
      }
      prims.add(
          new Primitive(
              prims.size() + 1,
              f.mapClass(),
              f.geometry(),
              f.attributes(),
              ReviewState.AUTO,
              Math.max(0, Math.min(1, f.score())),
              provenance));
    }
    prims = calibration.apply(METHOD, model.weightsHash(), prims);
    if ("none".equals(calibrated) && calibration.methods().containsKey(METHOD)) {
      notes.add(
          "the confidence calibration was fitted with another model; confidences are the model's"
              + " own (run mapsmith calibrate for this model)");
    }
    monitor.progress(1, "done");
    if (prims.isEmpty()) {
      notes.add("the model found no lane features in the area");
    }
    return new ReconstructionResult(
        prims, frame, points, seconds(start), counts(prims, frame), notes);
  }

  /**
   * The classical reconstruction of input too sparse for the network ({@link
   * LearnedVectorConfig#minSweeps}); its primitives keep the classical provenance, and a note says
   * why.
   */
  private static ReconstructionResult classicalInstead(
      List<DriveLog> drives,
      Bounds2 area,
      ReconstructionConfig cfg,
      ConfidenceCalibration calibration,
      int sweeps,
      ProgressMonitor monitor)
      throws DriveLogException {
    ReconstructionResult r = Reconstruction.run(drives, area, cfg, calibration, monitor);
    List<String> notes = new ArrayList<>(r.notes());
    notes.add(
        0,
        "only "
            + sweeps
            + " lidar sweep(s): the lane model needs a raster of at least "
            + LearnedVectorConfig.defaults().minSweeps()
            + " sweeps (it was trained on hundreds); reconstructed with the classical method"
            + " instead (provenance classical)");
    return new ReconstructionResult(
        r.primitives(), r.frame(), r.inputPoints(), r.seconds(), r.countsByClass(), notes);
  }

  /** The raster's mean intensity with NaN in cells that saw no point. */
  static float[] meanIntensity(BevRaster raster) {
    float[] mean = raster.channel(BevChannel.MEAN_INTENSITY).clone();
    float[] density = raster.channel(BevChannel.DENSITY);
    for (int i = 0; i < mean.length; i++) {
      if (!(density[i] > 0)) {
        mean[i] = Float.NaN;
      }
    }
    return mean;
  }

  /**
   * What the learned path's output depends on: the model (id, version, a hash of its weights) and
   * the vector stage's whole configuration; hashed for provenance.
   */
  record Settings(
      String modelId,
      String modelVersion,
      String architecture,
      String weightsHash,
      ReconstructionConfig classical,
      LearnedVectorConfig vector,
      String calibration) {}

  /**
   * Method {@code learned:<model id>}, version {@code <model version>/<vector stage version>},
   * parameters {@code {"config_hash":"<8 hex>","model_id":...,"config":{...}}}, the hash over the
   * model's weights and the whole vector-stage configuration.
   */
  static Provenance provenance(
      LaneSegmenter model,
      List<String> drives,
      ReconstructionConfig cfg,
      LearnedVectorConfig vc,
      String calibration) {
    Settings s =
        new Settings(
            model.spec().id(),
            model.spec().version(),
            model.spec().architecture(),
            model.weightsHash(),
            cfg,
            vc,
            calibration);
    String params =
        String.format(
            Locale.ROOT,
            "{\"config_hash\":\"%s\",\"model_id\":\"%s\",\"model_version\":\"%s\","
                + "\"weights_hash\":\"%s\",\"config\":%s}",
            ConfigFingerprint.hash(s),
            s.modelId(),
            s.modelVersion(),
            s.weightsHash(),
            ConfigFingerprint.json(s));
    return new Provenance(
        "learned:" + model.spec().id(),
        model.spec().version() + "/" + ReconstructionConfig.VERSION,
        params,
        drives,
        "",
        Instant.now());
  }

  private static java.util.Map<String, Integer> counts(List<Primitive> prims, FrameOfReference f) {
    return new LaneMap(f, prims).countsByClass();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
