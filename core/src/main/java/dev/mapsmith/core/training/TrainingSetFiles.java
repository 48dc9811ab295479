package dev.mapsmith.core.training;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
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
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The one writer and reader of training-set files ({@link TrainingSetFormat}): {@code
 * manifest.json}; per tile {@code tiles/<id>.f32} (little-endian float32, C x T x T) and {@code
 * tiles/<id>.mask.png} (8-bit grey, the {@link LaneClass} index). Errors name the file and the
 * fault.
 */
public final class TrainingSetFiles {

  private TrainingSetFiles() {}

  /** Writes one tile's channel and mask files under {@code dir/tiles}. */
  public static void writeTile(Path dir, String id, float[] chw, byte[] mask, int size)
      throws IOException {
    int channels = TrainingSetFormat.CHANNELS.size();
    if (chw.length != channels * size * size || mask.length != size * size) {
      throw new IllegalArgumentException("tile " + id + " is not " + channels + " x " + size + "²");
    }
    Path tiles = Files.createDirectories(dir.resolve("tiles"));
    ByteBuffer buf = ByteBuffer.allocate(4 * chw.length).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(chw);
    Files.write(tiles.resolve(id + ".f32"), buf.array());
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
    byte[] data = ((DataBufferByte) img.getRaster().getDataBuffer()).getData();
    System.arraycopy(mask, 0, data, 0, mask.length);
    Path png = tiles.resolve(id + ".mask.png");
    if (!ImageIO.write(img, "png", png.toFile())) {
      throw new IOException(png + ": no PNG writer");
    }
  }

  /** Writes {@code dir/manifest.json}. */
  public static void writeManifest(Path dir, TrainingSetManifest manifest) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("manifest.json"),
        ManifestJson.write(manifest.toJsonMap()),
        StandardCharsets.UTF_8);
  }

  /**
   * Reads {@code dir/manifest.json}, checking format, version, channels and classes against the
   * contract.
   */
  public static TrainingSetManifest readManifest(Path dir) throws IOException {
    Path file = dir.resolve("manifest.json");
    Object root;
    try {
      root = ManifestJson.read(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new IOException("not a training set: " + file + " is missing", e);
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> m)) {
      throw new IOException(file + ": the manifest is not a JSON object");
    }
    try {
      require(
          file,
          TrainingSetFormat.FORMAT.equals(m.get("format")),
          "format is not " + TrainingSetFormat.FORMAT);
      require(
          file,
          m.get("version") instanceof Number v && v.intValue() == TrainingSetFormat.VERSION,
          "unsupported version " + m.get("version"));
      require(file, TrainingSetFormat.CHANNELS.equals(m.get("channels")), "channels");
      require(file, LaneClass.keys().equals(m.get("classes")), "classes");
      int size = ((Number) m.get("tile_size")).intValue();
      require(file, size > 0, "tile_size must be positive");
      double res = m.get("resolution_m") instanceof Number r ? r.doubleValue() : Double.NaN;
      Map<?, ?> splits = (Map<?, ?>) m.get("splits");
      @SuppressWarnings("unchecked")
      Map<String, Object> all = (Map<String, Object>) m;
      return new TrainingSetManifest(
          size, res, strings(splits.get("train")), strings(splits.get("val")), all);
    } catch (NullPointerException | ClassCastException e) {
      throw new IOException(file + ": missing or mistyped field: " + e.getMessage(), e);
    }
  }

  /** Reads a tile's channels (C x T x T) for a set of {@code size}-pixel tiles. */
  public static float[] readChannels(Path dir, String id, int size) throws IOException {
    int channels = TrainingSetFormat.CHANNELS.size();
    Path f32 = dir.resolve("tiles").resolve(id + ".f32");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(f32);
    } catch (NoSuchFileException e) {
      throw new IOException("tile file " + f32 + " is missing", e);
    }
    long expected = 4L * channels * size * size;
    if (bytes.length != expected) {
      throw new IOException(
          f32 + ": " + bytes.length + " bytes, expected " + expected + " (5 x T x T float32)");
    }
    float[] chw = new float[channels * size * size];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(chw);
    return chw;
  }

  /** Reads a tile's mask (class index per pixel, row-major) for {@code size}-pixel tiles. */
  public static byte[] readMask(Path dir, String id, int size) throws IOException {
    Path png = dir.resolve("tiles").resolve(id + ".mask.png");
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
    if (img.getWidth() != size || img.getHeight() != size) {
      throw new IOException(
          png + ": " + img.getWidth() + "x" + img.getHeight() + ", expected " + size + "x" + size);
    }
    Raster r = img.getRaster();
    if (r.getNumBands() != 1 || img.getColorModel().getPixelSize() != 8) {
      throw new IOException(png + ": not an 8-bit greyscale image");
    }
    byte[] mask = new byte[size * size];
    int classes = LaneClass.values().length;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        int v = r.getSample(x, y, 0);
        if (v >= classes) {
          throw new IOException(
              png + ": pixel (" + x + ", " + y + ") has class " + v + " >= " + classes);
        }
        mask[y * size + x] = (byte) v;
      }
    }
    return mask;
  }

  private static void require(Path file, boolean ok, String what) throws IOException {
    if (!ok) {
      throw new IOException(
          file
              + ": "
              + what
              + " (expected channels "
              + TrainingSetFormat.CHANNELS
              + ", classes "
              + LaneClass.keys()
              + ")");
    }
  }

  private static List<String> strings(Object array) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) array) {
      out.add((String) o);
    }
    return out;
  }
}
