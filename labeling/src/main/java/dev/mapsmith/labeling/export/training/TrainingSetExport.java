package dev.mapsmith.labeling.export.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.io.AtomicOutput;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.raster.BevGrid;
import dev.mapsmith.core.raster.BevRaster;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.core.training.LaneClass;
import dev.mapsmith.core.training.TrainingSetFiles;
import dev.mapsmith.core.training.TrainingSetFormat;
import dev.mapsmith.core.training.TrainingSetManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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

  /** What an export wrote: the manifest, and the plan it followed. */
  public record Result(Map<String, Object> manifest, TrainingSetPlan plan) {}

  /**
   * Writes the set to {@code out} (must not exist, or be empty), labels chosen by {@code
   * options.filter()}; returns the manifest.
   */
  public static Map<String, Object> write(
      MapView map,
      List<DriveLidar> drives,
      TrainingSetOptions options,
      Map<String, Object> provenance,
      Path out,
      ProgressMonitor progress)
      throws IOException {
    return export(map, options.filter(), drives, options, provenance, out, progress).manifest();
  }

  /**
   * Writes the set to {@code out} (must not exist, or be empty) with the primitives {@code isLabel}
   * accepts as labels; returns the manifest and the plan the export followed.
   */
  public static Result export(
      MapView map,
      Predicate<Primitive> isLabel,
      List<DriveLidar> drives,
      TrainingSetOptions options,
      Map<String, Object> provenance,
      Path out,
      ProgressMonitor progress)
      throws IOException {
    Path temp = AtomicOutput.newDirectory(out);
    try {
      Files.createDirectory(temp.resolve("tiles"));
      TrainingSplit split =
          TrainingSplit.of(drives.stream().map(DriveLidar::driveId).toList(), options);
      TilePlanner planner = new TilePlanner(map, isLabel, split, options.unreviewed());
      Map<String, List<String>> splits = new LinkedHashMap<>();
      splits.put("train", new ArrayList<>());
      splits.put("val", new ArrayList<>());
      Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();
      List<Map<String, Object>> driveEntries = new ArrayList<>();
      List<TrainingSetPlan.TilePlan> planned = new ArrayList<>();
      for (int d = 0; d < drives.size(); d++) {
        DriveLidar drive = drives.get(d);
        ProgressMonitor slice =
            progress.slice((double) d / drives.size(), (d + 1.0) / drives.size());
        TileAccumulator acc = DriveSurvey.accumulate(drive, slice.slice(0, 0.5));
        List<TrainingSetPlan.TilePlan> plans =
            planner.plan(
                drive.driveId(),
                DriveSurvey.covered(
                    drive.driveId(),
                    acc,
                    options.minDensityFraction(),
                    false,
                    slice.slice(0.5, 0.6)));
        writeTiles(acc, plans, temp.resolve("tiles"), counts, slice.slice(0.6, 1));
        plans.stream()
            .filter(TrainingSetPlan.TilePlan::written)
            .forEach(t -> splits.get(t.split()).add(t.survey().id()));
        driveEntries.add(driveEntry(drive.driveId(), plans));
        planned.addAll(plans);
      }
      TrainingSetPlan plan = new TrainingSetPlan(planned, split, options.unreviewed());
      int selected = (int) map.primitives().stream().filter(isLabel).count();
      TrainingSetManifest manifest =
          new TrainingSetManifest(
              TrainingSetFormat.TILE_SIZE,
              TrainingSetFormat.RESOLUTION_M,
              splits.get("train"),
              splits.get("val"),
              extras(options, plan, driveEntries, counts, provenance, selected));
      TrainingSetFiles.writeManifest(temp, manifest);
      AtomicOutput.commitDirectory(temp, out);
      return new Result(manifest.toJsonMap(), plan);
    } catch (IOException e) {
      AtomicOutput.discardDirectory(temp);
      throw AtomicOutput.named(out.toAbsolutePath(), e);
    } catch (RuntimeException e) {
      AtomicOutput.discardDirectory(temp);
      throw e;
    }
  }

  /** The manifest's entry of a drive: its split ("train+val" for a held-out end) and tiles. */
  private static Map<String, Object> driveEntry(String id, List<TrainingSetPlan.TilePlan> plans) {
    List<TrainingSetPlan.TilePlan> written =
        plans.stream().filter(TrainingSetPlan.TilePlan::written).toList();
    long val = written.stream().filter(t -> t.split().equals("val")).count();
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("id", id);
    e.put("split", val == 0 ? "train" : val == written.size() ? "val" : "train+val");
    e.put("tiles", written.size());
    e.put("val_tiles", (int) val);
    e.put("tiles_left_out", plans.size() - written.size());
    return e;
  }

  private static void writeTiles(
      TileAccumulator acc,
      List<TrainingSetPlan.TilePlan> plans,
      Path tilesDir,
      Map<String, Map<String, long[]>> counts,
      ProgressMonitor progress)
      throws IOException {
    int done = 0;
    for (TrainingSetPlan.TilePlan t : plans) {
      progress.checkCancelled();
      progress.progress((double) done++ / plans.size(), "tiles of " + t.survey().driveId());
      if (!t.written()) {
        continue;
      }
      TileSurvey s = t.survey();
      BevRaster raster = acc.tiles().get(new TileAccumulator.TileKey(s.tx(), s.ty())).finish();
      BevGrid grid = raster.grid();
      byte[] mask = TileMask.draw(grid, t.labels());
      TrainingSetFiles.writeTile(
          tilesDir.getParent(), s.id(), TrainingSetFormat.channels(raster), mask, grid.width());
      JSON.writeValue(
          tilesDir.resolve(s.id() + ".labels.json").toFile(), labelsJson(s.id(), grid, t.labels()));
      Map<String, long[]> split = counts.computeIfAbsent(t.split(), k -> new LinkedHashMap<>());
      for (Primitive p : t.labels()) {
        split.computeIfAbsent(LaneClass.of(p).key(), k -> new long[2])[0]++;
      }
      for (byte b : mask) {
        split.computeIfAbsent(LaneClass.of(b).key(), k -> new long[2])[1]++;
      }
    }
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
      TrainingSetPlan plan,
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
    prov.put("split_rule", plan.split().describe());
    prov.put("unreviewed_tiles", options.unreviewed().key());
    prov.put("unreviewed_primitives", plan.unreviewedPrimitives());
    prov.put("tiles_left_out", plan.tilesLeftOut());
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
      entry.put("tiles", plan.figures(split).tiles());
      entry.put("classes", perClass);
      c.put(split, entry);
    }
    m.put("counts", c);
    return m;
  }
}
