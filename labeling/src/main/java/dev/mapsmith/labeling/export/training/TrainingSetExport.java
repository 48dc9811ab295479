package dev.mapsmith.labeling.export.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.io.AtomicOutput;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.core.raster.BevRaster;
import dev.mapsmith.core.raster.BevRasterizer;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.core.training.LaneClass;
import dev.mapsmith.core.training.TrainingSetFiles;
import dev.mapsmith.core.training.TrainingSetFormat;
import dev.mapsmith.core.training.TrainingSetManifest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a training set (format in docs/training-set.md): per drive and 25.6 m tile, the BEV
 * channels of that drive's lidar ({@code tiles/<id>.f32}), a class mask ({@code
 * tiles/<id>.mask.png}) and vector labels ({@code tiles/<id>.labels.json}); plus {@code
 * manifest.json} with a train/val split by drive, provenance and counts. Output goes to a sibling
 * temporary folder first and is moved into place when complete.
 */
public final class TrainingSetExport {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TrainingSetExport() {}

  /** Writes the set to {@code out} (must not exist, or be empty); returns the manifest. */
  public static Map<String, Object> write(
      MapView map,
      List<DriveLidar> drives,
      TrainingSetOptions options,
      Map<String, Object> provenance,
      Path out,
      ProgressMonitor progress)
      throws IOException {
    Path temp = AtomicOutput.newDirectory(out);
    try {
      Files.createDirectory(temp.resolve("tiles"));
      List<Primitive> labels = options.filter().select(map);
      Set<String> val = valDrives(drives, options);
      Map<String, List<String>> splits = new LinkedHashMap<>();
      splits.put("train", new ArrayList<>());
      splits.put("val", new ArrayList<>());
      Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();
      List<Map<String, Object>> driveEntries = new ArrayList<>();
      for (int d = 0; d < drives.size(); d++) {
        DriveLidar drive = drives.get(d);
        String split = val.contains(drive.driveId()) ? "val" : "train";
        ProgressMonitor slice =
            progress.slice((double) d / drives.size(), (d + 1.0) / drives.size());
        List<String> tiles =
            writeDrive(
                map,
                drive,
                labels,
                options,
                temp.resolve("tiles"),
                counts.computeIfAbsent(split, s -> new LinkedHashMap<>()),
                slice);
        splits.get(split).addAll(tiles);
        driveEntries.add(Map.of("id", drive.driveId(), "split", split, "tiles", tiles.size()));
      }
      TrainingSetManifest manifest =
          new TrainingSetManifest(
              TrainingSetFormat.TILE_SIZE,
              TrainingSetFormat.RESOLUTION_M,
              splits.get("train"),
              splits.get("val"),
              extras(options, driveEntries, counts, provenance, labels.size()));
      TrainingSetFiles.writeManifest(temp, manifest);
      AtomicOutput.commitDirectory(temp, out);
      return manifest.toJsonMap();
    } catch (IOException e) {
      AtomicOutput.discardDirectory(temp);
      throw AtomicOutput.named(out.toAbsolutePath(), e);
    } catch (RuntimeException e) {
      AtomicOutput.discardDirectory(temp);
      throw e;
    }
  }

  private static List<String> writeDrive(
      MapView map,
      DriveLidar drive,
      List<Primitive> labels,
      TrainingSetOptions options,
      Path tilesDir,
      Map<String, long[]> counts,
      ProgressMonitor progress)
      throws IOException {
    TileAccumulator acc = new TileAccumulator();
    Iterator<dev.mapsmith.drivelog.PointCloud> clouds = drive.worldClouds().get();
    while (clouds.hasNext()) {
      progress.checkCancelled();
      acc.add(clouds.next());
    }
    List<String> ids = new ArrayList<>();
    int done = 0;
    for (Map.Entry<TileAccumulator.TileKey, BevRasterizer> e : acc.tiles().entrySet()) {
      progress.checkCancelled();
      progress.progress(0.5 + 0.5 * done++ / acc.tiles().size(), "tiles of " + drive.driveId());
      BevRaster raster = e.getValue().finish();
      if (TileRaster.coverage(raster) < options.minDensityFraction()) {
        continue;
      }
      String id = safe(drive.driveId()) + "_" + e.getKey().tx() + "_" + e.getKey().ty();
      BevGrid grid = raster.grid();
      List<Primitive> inTile =
          labels.stream()
              .filter(p -> LaneClass.of(p) != LaneClass.BACKGROUND)
              .filter(
                  p ->
                      p.geometry()
                          .bounds()
                          .intersects(grid.bounds().expand(TrainingSetOptions.LINE_WIDTH_M)))
              .toList();
      byte[] mask = TileMask.draw(grid, inTile);
      TrainingSetFiles.writeTile(
          tilesDir.getParent(), id, TrainingSetFormat.channels(raster), mask, grid.width());
      JSON.writeValue(tilesDir.resolve(id + ".labels.json").toFile(), labelsJson(id, grid, inTile));
      for (Primitive p : inTile) {
        counts.computeIfAbsent(LaneClass.of(p).key(), k -> new long[2])[0]++;
      }
      for (byte b : mask) {
        counts.computeIfAbsent(LaneClass.of(b).key(), k -> new long[2])[1]++;
      }
      ids.add(id);
    }
    return ids;
  }

  private static Map<String, Object> labelsJson(String id, BevGrid grid, List<Primitive> labels) {
    double maxY = grid.minY() + grid.height() * grid.resolution();
    List<Map<String, Object>> items = new ArrayList<>();
    for (Primitive p : labels) {
      Polyline g = p.geometry();
      List<double[]> world = new ArrayList<>(), pixel = new ArrayList<>();
      for (int i = 0; i < g.size(); i++) {
        world.add(new double[] {g.x(i), g.y(i), g.z(i)});
        pixel.add(
            new double[] {
              (g.x(i) - grid.minX()) / grid.resolution(), (maxY - g.y(i)) / grid.resolution()
            });
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", p.id());
      item.put("class", LaneClass.of(p).key());
      item.put("class_index", LaneClass.of(p).ordinal());
      item.put("map_class", p.mapClass().key());
      item.put("closed", p.closed());
      item.put("review", p.review().key());
      item.put("attributes", p.attributes().asMap());
      item.put("world", world);
      item.put("pixel", pixel);
      items.add(item);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tile", id);
    out.put(
        "world_bounds",
        new double[] {
          grid.minX(), grid.minY(), grid.minX() + grid.width() * grid.resolution(), maxY
        });
    out.put(
        "pixel_convention",
        "pixel = [col, row] as floats; col = (x - min_x) / res, row = (max_y - y) / res; row 0 north; may lie outside the tile");
    out.put("labels", items);
    return out;
  }

  /** The manifest's fields beyond the contract: drives, provenance, counts. */
  private static Map<String, Object> extras(
      TrainingSetOptions options,
      List<Map<String, Object>> drives,
      Map<String, Map<String, long[]>> counts,
      Map<String, Object> provenance,
      int labelCount) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("drives", drives);
    Map<String, Object> prov = new LinkedHashMap<>(provenance);
    prov.put("created", Instant.now().toString());
    prov.put("filter", options.filter().name().toLowerCase(java.util.Locale.ROOT));
    prov.put("labels_selected", labelCount);
    prov.put("line_width_m", TrainingSetOptions.LINE_WIDTH_M);
    m.put("provenance", prov);
    Map<String, Object> c = new LinkedHashMap<>();
    for (String split : List.of("train", "val")) {
      Map<String, Object> perClass = new LinkedHashMap<>();
      Map<String, long[]> s = counts.getOrDefault(split, Map.of());
      for (String cls : LaneClass.keys()) {
        long[] v = s.getOrDefault(cls, new long[2]);
        perClass.put(cls, Map.of("labels", v[0], "pixels", v[1]));
      }
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put(
          "tiles",
          drives.stream()
              .filter(d -> split.equals(d.get("split")))
              .mapToInt(d -> (Integer) d.get("tiles"))
              .sum());
      entry.put("classes", perClass);
      c.put(split, entry);
    }
    m.put("counts", c);
    return m;
  }

  /** The validation drives: as given, else ~valFraction of them by a stable hash of their ids. */
  static Set<String> valDrives(List<DriveLidar> drives, TrainingSetOptions options) {
    if (!options.valDrives().isEmpty()) {
      return new HashSet<>(options.valDrives());
    }
    List<String> ids =
        new ArrayList<>(drives.stream().map(DriveLidar::driveId).distinct().toList());
    if (ids.size() < 2) {
      return Set.of();
    }
    ids.sort(Comparator.comparing(TrainingSetExport::hash));
    int n = Math.max(1, (int) Math.round(ids.size() * options.valFraction()));
    return new HashSet<>(ids.subList(0, Math.min(n, ids.size() - 1)));
  }

  private static String hash(String s) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9-]", "-");
  }
}
