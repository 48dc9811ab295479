package dev.mapsmith.models;

import dev.mapsmith.core.training.LaneClass;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A few validation tiles packed into one gzip file (count, then per tile: id, channels, size, C x T
 * x T values as bfloat16 (the upper 16 bits of the float), T x T mask bytes), so that a test can
 * re-check a shipped model without its training set. {@code main(SET, MODEL_DIR, PACK [N])} writes
 * N val tiles of SET and records the model's metrics on them in {@code MODEL_DIR/model.json} under
 * {@code training.check}.
 */
public final class ValidationPack {

  private ValidationPack() {}

  /** Writes {@code tiles} to {@code file}. */
  public static void write(List<TrainingTile> tiles, Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream raw = Files.newOutputStream(file);
        DataOutputStream out =
            new DataOutputStream(new java.io.BufferedOutputStream(new GZIPOutputStream(raw)))) {
      out.writeInt(tiles.size());
      for (TrainingTile t : tiles) {
        out.writeUTF(t.id());
        out.writeInt(t.channels());
        out.writeInt(t.size());
        for (float v : t.chw()) {
          out.writeShort(Float.floatToIntBits(v) >>> 16); // bfloat16: small, enough for a check
        }
        out.write(t.mask());
      }
    }
  }

  /** Reads a pack written by {@link #write}. */
  public static List<TrainingTile> read(InputStream in) throws IOException {
    try (DataInputStream d =
        new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(in)))) {
      int n = d.readInt();
      List<TrainingTile> tiles = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        String id = d.readUTF();
        int channels = d.readInt(), size = d.readInt();
        float[] chw = new float[channels * size * size];
        for (int i = 0; i < chw.length; i++) {
          chw[i] = Float.intBitsToFloat((d.readShort() & 0xffff) << 16);
        }
        byte[] mask = new byte[size * size];
        d.readFully(mask);
        tiles.add(new TrainingTile(id, chw, mask, channels, size));
      }
      return tiles;
    }
  }

  /** The model's metrics on the tiles. */
  public static SegmentationMetrics evaluate(LaneSegmenter model, List<TrainingTile> tiles) {
    ConfusionMatrix cm = new ConfusionMatrix(LaneClass.values().length);
    for (TrainingTile t : tiles) {
      cm.add(t.mask(), model.segment(t.chw().clone(), t.channels(), t.size(), t.size()));
    }
    return cm.metrics();
  }

  /** The {@code n} val tiles with the most labelled pixels, in val order. */
  static List<TrainingTile> pick(TrainingSet set, int n) throws IOException {
    List<TrainingTile> all = new ArrayList<>();
    for (String id : set.valIds()) {
      all.add(set.read(id));
    }
    List<TrainingTile> byLabels = new ArrayList<>(all);
    byLabels.sort(
        java.util.Comparator.comparingLong((TrainingTile t) -> -labelled(t))
            .thenComparing(TrainingTile::id));
    List<TrainingTile> chosen = byLabels.subList(0, Math.min(n, byLabels.size()));
    return all.stream().filter(chosen::contains).toList();
  }

  private static long labelled(TrainingTile t) {
    long n = 0;
    for (byte b : t.mask()) {
      n += b != 0 ? 1 : 0;
    }
    return n;
  }

  /** {@code SET MODEL_DIR PACK [N]}. */
  public static void main(String[] args) throws IOException {
    DjlSetup.configure();
    TrainingSet set = TrainingSet.open(Path.of(args[0]));
    Path modelDir = Path.of(args[1]);
    Path pack = Path.of(args[2]);
    int n = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    List<TrainingTile> tiles = pick(set, n);
    write(tiles, pack);
    SegmentationMetrics m;
    try (LaneSegmenter model = LaneSegmenter.load(modelDir)) {
      m = evaluate(model, read(Files.newInputStream(pack)));
    }
    ModelSpec s = ModelSpec.read(modelDir);
    Map<String, Object> training = new LinkedHashMap<>(s.training());
    Map<String, Object> check = new LinkedHashMap<>();
    check.put("pack", pack.getFileName().toString());
    check.put("tiles", tiles.stream().map(TrainingTile::id).toList());
    check.put("miou", m.miou());
    check.put("iou", m.iou());
    training.put("check", check);
    new ModelSpec(
            s.format(),
            s.id(),
            s.version(),
            s.architecture(),
            s.baseFilters(),
            s.depth(),
            s.classes(),
            s.channels(),
            s.resolutionM(),
            s.tileSize(),
            s.paramsName(),
            s.intensityScale(),
            s.validation(),
            training)
        .write(modelDir);
    System.out.println(pack + ": " + tiles.size() + " tiles, mIoU " + m.miou() + " " + m.iou());
  }
}
