package dev.mapsmith.models;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.translate.TranslateException;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.core.training.LaneClass;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains a {@link LaneUNet} on a training-set directory: random augmented crops of the train split,
 * class-weighted cross-entropy and Adam; after every epoch the validation split is segmented whole
 * (through the same path as {@link LaneSegmenter}) and per-class IoU computed. The best epoch by
 * validation mIoU is kept; training stops early after {@code patience} epochs without improvement.
 * Progress is reported per step, and cancelling leaves the output untouched.
 */
public final class LaneTrainer {

  /** Share of training crops given a second, shifted pass of lidar ({@link Augmentation#smear}). */
  static final float SMEAR_SHARE = 0.3f;

  /**
   * Largest class weight of the loss. Large weights make the network paint lines as fat bands (the
   * argmax leans towards the weighted classes), which the vectoriser then has to thin.
   */
  static final float WEIGHT_CAP = 5f;

  /**
   * A batch whose loss is not finite is skipped without an update; more than one batch in this many
   * per epoch (at least one, and never every batch) makes the epoch diverged. v5's run diverged at
   * epoch 15, a rerun with another seed in epoch 1 (docs/model-card.md).
   */
  static final int MAX_SKIPPED_SHARE_INV = 10;

  /**
   * A diverged epoch runs again from the last good epoch's weights with a fresh optimiser at half
   * the learning rate, at most this many times in a run; after that a divergence ends the run and
   * the best epoch so far is kept.
   */
  static final int MAX_BACKOFFS = 3;

  private LaneTrainer() {}

  /** Trains on {@code dataset} and writes the best model (params + model.json) to {@code out}. */
  public static TrainingReport train(
      Path dataset, Path out, TrainingOptions options, ProgressMonitor progress)
      throws IOException {
    return train(dataset, out, options, progress, (epoch, step, block) -> {});
  }

  /** Called before each optimiser step with the model's block (tests spoil weights through it). */
  interface StepHook {
    void beforeStep(int epoch, int step, Block block);
  }

  static TrainingReport train(
      Path dataset, Path out, TrainingOptions options, ProgressMonitor progress, StepHook hook)
      throws IOException {
    long start = System.nanoTime();
    TrainingSet set = TrainingSet.open(dataset);
    int stride = 1 << options.depth();
    int crop = Math.min(options.cropSize(), set.tileSize()) / stride * stride;
    if (crop == 0) {
      throw new IllegalArgumentException("tile size " + set.tileSize() + " < stride " + stride);
    }
    DjlSetup.configure();
    Device device = Devices.pick(options.device());
    Engine.getInstance().setRandomSeed((int) options.seed());
    TileCache tiles = new TileCache(set);
    progress.progress(0, "counting class pixels");
    float[] weights =
        WeightedCrossEntropy.fromCounts(tiles.classCounts(set.trainIds()), WEIGHT_CAP);
    String name = "lane-unet";
    try (ModelOutput output = ModelOutput.begin(out);
        Model model = Model.newInstance(name, device)) {
      model.setBlock(
          new LaneUNet(options.baseFilters(), options.depth(), LaneClass.values().length));
      Shape inputShape = new Shape(options.batchSize(), ModelInput.CHANNELS.size(), crop, crop);
      try (RestartableTrainer trainer =
              new RestartableTrainer(model, weights, device, inputShape, options.learningRate());
          Predictor<SegmentationTranslator.Tile, int[]> predictor =
              model.newPredictor(new SegmentationTranslator(stride, IntensityScale.CURRENT))) {
        Loop loop = new Loop(set, tiles, trainer, predictor, options, crop, progress, hook);
        return loop.run(model, output, name, weights, device, start);
      }
    }
  }

  /** The epoch loop, with its state. */
  private static final class Loop {
    private final TrainingSet set;
    private final TileCache tiles;
    private final RestartableTrainer trainer;
    private final Predictor<SegmentationTranslator.Tile, int[]> predictor;
    private final TrainingOptions o;
    private final int crop;
    private final ProgressMonitor progress;
    private final Random rnd;
    private final StepHook hook;

    Loop(
        TrainingSet set,
        TileCache tiles,
        RestartableTrainer trainer,
        Predictor<SegmentationTranslator.Tile, int[]> predictor,
        TrainingOptions o,
        int crop,
        ProgressMonitor progress,
        StepHook hook) {
      this.set = set;
      this.hook = hook;
      this.tiles = tiles;
      this.trainer = trainer;
      this.predictor = predictor;
      this.o = o;
      this.crop = crop;
      this.progress = progress;
      this.rnd = new Random(o.seed());
    }

    TrainingReport run(
        Model model, ModelOutput output, String name, float[] weights, Device device, long start)
        throws IOException {
      List<EpochReport> history = new ArrayList<>();
      List<Backoff> backoffs = new ArrayList<>();
      SegmentationMetrics best = null;
      ParameterSnapshot lastGood = ParameterSnapshot.of(model.getBlock()); // the initialisation
      EarlyStopping stopping = new EarlyStopping(o.patience());
      boolean early = false;
      for (int epoch = 1; epoch <= o.epochs(); epoch++) {
        long t0 = System.nanoTime();
        if (epoch > 1 && o.maxMinutes() > 0 && (t0 - start) / 60e9 >= o.maxMinutes()) {
          early = true; // the time budget is spent: keep the best epoch so far
          break;
        }
        float rate = trainer.learningRate();
        EpochLoss loss = trainEpoch(epoch);
        if (loss.diverged()) {
          if (backoffs.size() < MAX_BACKOFFS) {
            Backoff b = loss.backoff(epoch, rate / 2);
            backoffs.add(b);
            lastGood.restore(model.getBlock(), model.getNDManager());
            trainer.restart(b.learningRate());
            epoch--; // the same epoch again, from the last good weights
            continue;
          }
          if (best == null) {
            throw new IOException("training diverged (loss NaN) in epoch " + epoch);
          }
          history.add(
              new EpochReport(epoch, Double.NaN, best, secondsSince(t0), rate, loss.skipped));
          early = true;
          break;
        }
        lastGood = ParameterSnapshot.of(model.getBlock());
        SegmentationMetrics val = validate();
        history.add(
            new EpochReport(epoch, loss.epochMean, val, secondsSince(t0), rate, loss.skipped));
        if (stopping.improved(epoch, val.miou())) {
          best = val;
          model.setProperty("Epoch", "0");
          model.save(output.staging(), name);
        } else if (stopping.shouldStop(epoch)) {
          early = true;
          break;
        }
      }
      double seconds = secondsSince(start);
      ModelSpec spec =
          ModelFacts.spec(
              o,
              name,
              set,
              best,
              stopping.bestEpoch(),
              history,
              backoffs,
              weights,
              device,
              seconds);
      spec.write(output.staging());
      Path dir = output.commit();
      return new TrainingReport(
          dir, spec, stopping.bestEpoch(), history, backoffs, early, device.toString(), seconds);
    }

    private static double secondsSince(long t0) {
      return (System.nanoTime() - t0) / 1e9;
    }

    private EpochLoss trainEpoch(int epoch) throws IOException {
      List<String> order = new ArrayList<>();
      for (int k = 0; k < o.cropsPerTile(); k++) {
        order.addAll(set.trainIds());
      }
      Collections.shuffle(order, rnd);
      if (o.cropsPerEpoch() > 0 && order.size() > o.cropsPerEpoch()) {
        order = new ArrayList<>(order.subList(0, o.cropsPerEpoch()));
      }
      int steps = Math.max(1, order.size() / o.batchSize());
      EpochLoss loss = new EpochLoss(steps);
      for (int s = 0; s < steps; s++) {
        progress.checkCancelled();
        List<TrainingTile> batch = new ArrayList<>();
        for (int b = 0; b < o.batchSize(); b++) {
          String id = order.get((s * o.batchSize() + b) % order.size());
          TrainingTile t = Augmentation.apply(tiles.get(id), crop, rnd);
          batch.add(rnd.nextFloat() < SMEAR_SHARE ? Augmentation.smear(t, rnd) : t);
        }
        hook.beforeStep(epoch, s, trainer.trainer().getModel().getBlock());
        float value = step(batch);
        if (!Float.isFinite(value) && loss.skipped == 0) {
          loss.weightsFiniteAtFirstSkip =
              ParameterSnapshot.allFinite(trainer.trainer().getModel().getBlock());
        }
        loss.add(value);
        double done = ((epoch - 1) + (s + 1) / (double) steps) / o.epochs();
        progress.progress(
            done, String.format("epoch %d/%d loss %.3f", epoch, o.epochs(), loss.mean()));
      }
      return loss.finish();
    }

    private float step(List<TrainingTile> batch) {
      int c = ModelInput.CHANNELS.size();
      int plane = crop * crop;
      float[] x = new float[batch.size() * c * plane];
      float[] y = new float[batch.size() * plane];
      for (int i = 0; i < batch.size(); i++) {
        TrainingTile t = batch.get(i);
        float[] chw = t.chw();
        ModelInput.normalize(chw, c, crop, crop, IntensityScale.CURRENT, t.groundLevel());
        System.arraycopy(chw, 0, x, i * c * plane, c * plane);
        for (int p = 0; p < plane; p++) {
          y[i * plane + p] = t.mask()[p];
        }
      }
      Trainer t = trainer.trainer();
      float value;
      try (NDManager m = t.getManager().newSubManager()) {
        NDArray input = m.create(x, new Shape(batch.size(), c, crop, crop));
        NDArray label = m.create(y, new Shape(batch.size(), crop, crop));
        try (GradientCollector gc = t.newGradientCollector()) {
          NDList pred = t.forward(new NDList(input));
          NDArray loss = t.getLoss().evaluate(new NDList(label), pred);
          value = loss.getFloat();
          if (!Float.isFinite(value)) {
            return value; // no backward, no update: the weights stay as they were
          }
          gc.backward(loss);
        }
        t.step();
      }
      return value;
    }

    private SegmentationMetrics validate() throws IOException {
      ConfusionMatrix cm = new ConfusionMatrix(LaneClass.values().length);
      for (String id : set.valIds()) {
        progress.checkCancelled();
        TrainingTile t = tiles.get(id);
        try {
          cm.add(
              t.mask(),
              predictor.predict(
                  new SegmentationTranslator.Tile(t.chw(), t.channels(), t.size(), t.size())));
        } catch (TranslateException e) {
          throw new IllegalStateException("validation inference failed: " + e.getMessage(), e);
        }
      }
      return cm.metrics();
    }
  }

  /** One epoch's losses: their mean over the finite ones and how many were not finite. */
  private static final class EpochLoss {
    private final int steps;
    private double sum;
    private int used;
    private int skipped;
    private double epochMean = Double.NaN;
    private boolean weightsFiniteAtFirstSkip = true;

    EpochLoss(int steps) {
      this.steps = steps;
    }

    void add(float value) {
      if (Float.isFinite(value)) {
        sum += value;
        used++;
      } else {
        skipped++;
      }
    }

    double mean() {
      return sum / Math.max(1, used);
    }

    /**
     * Ends the epoch: a rare skipped batch is allowed (one even in a short epoch); more, or nothing
     * but skipped batches, is a diverged epoch.
     */
    EpochLoss finish() {
      int allowed = Math.max(1, steps / MAX_SKIPPED_SHARE_INV);
      epochMean = skipped > allowed || used == 0 ? Double.NaN : mean();
      return this;
    }

    boolean diverged() {
      return Double.isNaN(epochMean);
    }

    Backoff backoff(int epoch, float newRate) {
      return new Backoff(epoch, skipped, steps, weightsFiniteAtFirstSkip, newRate);
    }
  }
}
