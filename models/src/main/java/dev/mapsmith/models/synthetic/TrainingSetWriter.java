package dev.mapsmith.models.synthetic;

import com.google.gson.GsonBuilder;
import dev.mapsmith.models.LaneClass;
import dev.mapsmith.models.ModelInput;
import dev.mapsmith.models.TrainingSet;
import dev.mapsmith.models.TrainingTile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Writes tiles in the training-set format that {@link TrainingSet} reads (the labeling export's
 * format): {@code manifest.json}, {@code tiles/<id>.f32} and {@code tiles/<id>.mask.png}.
 */
public final class TrainingSetWriter {

  private TrainingSetWriter() {}

  /** Writes one tile's two files under {@code dir/tiles}. */
  public static void writeTile(Path dir, TrainingTile tile) throws IOException {
    Path tiles = Files.createDirectories(dir.resolve("tiles"));
    ByteBuffer buf = ByteBuffer.allocate(4 * tile.chw().length).order(ByteOrder.LITTLE_ENDIAN);
    buf.asFloatBuffer().put(tile.chw());
    Files.write(tiles.resolve(tile.id() + ".f32"), buf.array());
    BufferedImage img = new BufferedImage(tile.size(), tile.size(), BufferedImage.TYPE_BYTE_GRAY);
    img.getRaster().setDataElements(0, 0, tile.size(), tile.size(), tile.mask());
    ImageIO.write(img, "png", tiles.resolve(tile.id() + ".mask.png").toFile());
  }

  /** Writes {@code dir/manifest.json} for tiles of {@code size} pixels. */
  public static void writeManifest(
      Path dir, int size, double resolution, List<String> train, List<String> val, String source)
      throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", TrainingSet.FORMAT);
    m.put("version", 1);
    m.put("tile_size", size);
    m.put("resolution_m", resolution);
    m.put("channels", ModelInput.CHANNELS);
    m.put("classes", LaneClass.keys());
    m.put("splits", Map.of("train", train, "val", val));
    m.put("source", source);
    Files.createDirectories(dir);
    String json = new GsonBuilder().setPrettyPrinting().create().toJson(m);
    Files.writeString(dir.resolve("manifest.json"), json + "\n", StandardCharsets.UTF_8);
  }
}
