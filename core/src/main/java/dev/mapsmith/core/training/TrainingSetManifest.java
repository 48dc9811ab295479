package dev.mapsmith.core.training;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code manifest.json} says beyond the fixed contract: tile size and resolution, the train
 * and val splits (tile ids), and free-form fields the writer adds (drives, provenance, counts).
 */
public record TrainingSetManifest(
    int tileSize,
    double resolution,
    List<String> train,
    List<String> val,
    Map<String, Object> extra) {

  public TrainingSetManifest {
    train = List.copyOf(train);
    val = List.copyOf(val);
    extra = extra == null ? Map.of() : new LinkedHashMap<>(extra);
  }

  /** The manifest as written: format, version, geometry, channels, classes, splits, then extras. */
  public Map<String, Object> toJsonMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", TrainingSetFormat.FORMAT);
    m.put("version", TrainingSetFormat.VERSION);
    m.put("tile_size", tileSize);
    m.put("resolution_m", resolution);
    m.put("channels", TrainingSetFormat.CHANNELS);
    m.put("classes", LaneClass.keys());
    Map<String, Object> splits = new LinkedHashMap<>();
    splits.put("train", train);
    splits.put("val", val);
    m.put("splits", splits);
    extra.forEach(m::putIfAbsent);
    return m;
  }
}
