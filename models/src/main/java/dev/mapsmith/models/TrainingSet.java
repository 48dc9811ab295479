package dev.mapsmith.models;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * A training-set directory as the labeling export writes it (docs/training-set.md): {@code
 * manifest.json} with format {@code mapsmith-training-set} version 1, the channel and class lists,
 * tile size and train/val splits; per tile {@code tiles/<id>.f32} (little-endian float32, C x T x
 * T) and {@code tiles/<id>.mask.png} (8-bit grey class index). Tiles are read on demand.
 */
public final class TrainingSet {

  public static final String FORMAT = "mapsmith-training-set";

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

  /** Opens {@code dir}, checking the manifest; errors name the file and the fault. */
  public static TrainingSet open(Path dir) throws IOException {
    Path file = dir.resolve("manifest.json");
    JsonObject m;
    try {
      m = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    } catch (NoSuchFileException e) {
      throw new IOException("not a training set: " + file + " is missing", e);
    } catch (JsonParseException | IllegalStateException e) {
      throw new IOException(file + ": malformed JSON: " + e.getMessage(), e);
    }
    try {
      require(file, FORMAT.equals(m.get("format").getAsString()), "format is not " + FORMAT);
      require(file, m.get("version").getAsInt() == 1, "unsupported version " + m.get("version"));
      require(file, strings(m.getAsJsonArray("channels")).equals(ModelInput.CHANNELS), "channels");
      require(file, strings(m.getAsJsonArray("classes")).equals(LaneClass.keys()), "classes");
      int size = m.get("tile_size").getAsInt();
      require(file, size > 0, "tile_size must be positive");
      double res = m.has("resolution_m") ? m.get("resolution_m").getAsDouble() : Double.NaN;
      JsonObject splits = m.getAsJsonObject("splits");
      List<String> train = strings(splits.getAsJsonArray("train"));
      List<String> val = strings(splits.getAsJsonArray("val"));
      require(file, !train.isEmpty(), "the train split is empty");
      require(file, !val.isEmpty(), "the val split is empty");
      return new TrainingSet(dir, size, res, train, val);
    } catch (NullPointerException | ClassCastException | IllegalStateException e) {
      throw new IOException(file + ": missing or mistyped field: " + e.getMessage(), e);
    }
  }

  private static void require(Path file, boolean ok, String what) throws IOException {
    if (!ok) {
      throw new IOException(file + ": " + what + " (expected " + expected() + ")");
    }
  }

  private static String expected() {
    return "channels " + ModelInput.CHANNELS + ", classes " + LaneClass.keys();
  }

  private static List<String> strings(JsonArray array) {
    List<String> out = new ArrayList<>();
    for (JsonElement e : array) {
      out.add(e.getAsString());
    }
    return out;
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
   * LabelBands}).
   */
  public TrainingTile read(String id) throws IOException {
    int channels = ModelInput.CHANNELS.size();
    int plane = tileSize * tileSize;
    Path f32 = dir.resolve("tiles").resolve(id + ".f32");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f32);
    } catch (NoSuchFileException e) {
      throw new IOException("tile file " + f32 + " is missing", e);
    }
    long expectedBytes = 4L * channels * plane;
    if (bytes.length != expectedBytes) {
      throw new IOException(
          f32 + ": " + bytes.length + " bytes, expected " + expectedBytes + " (5 x T x T float32)");
    }
    float[] chw = new float[channels * plane];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(chw);
    return new TrainingTile(
        id,
        chw,
        LabelBands.widen(readMask(dir.resolve("tiles").resolve(id + ".mask.png")), tileSize),
        channels,
        tileSize);
  }

  private byte[] readMask(Path png) throws IOException {
    if (!Files.exists(png)) {
      throw new IOException("mask file " + png + " is missing");
    }
    BufferedImage img;
    try {
      img = ImageIO.read(png.toFile());
    } catch (IOException e) {
      throw new IOException(png + ": unreadable PNG: " + e.getMessage(), e);
    }
    if (img == null) {
      throw new IOException(png + ": not a PNG image");
    }
    if (img.getWidth() != tileSize || img.getHeight() != tileSize) {
      throw new IOException(
          png
              + ": "
              + img.getWidth()
              + "x"
              + img.getHeight()
              + ", expected "
              + tileSize
              + "x"
              + tileSize);
    }
    Raster r = img.getRaster();
    if (r.getNumBands() != 1 || img.getColorModel().getPixelSize() != 8) {
      throw new IOException(png + ": not an 8-bit greyscale image");
    }
    byte[] mask = new byte[tileSize * tileSize];
    int classes = LaneClass.values().length;
    for (int y = 0; y < tileSize; y++) {
      for (int x = 0; x < tileSize; x++) {
        int v = r.getSample(x, y, 0);
        if (v >= classes) {
          throw new IOException(
              png + ": pixel (" + x + ", " + y + ") has class " + v + " >= " + classes);
        }
        mask[y * tileSize + x] = (byte) v;
      }
    }
    return mask;
  }
}
