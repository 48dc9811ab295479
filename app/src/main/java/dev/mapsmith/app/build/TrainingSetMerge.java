package dev.mapsmith.app.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.training.TrainingSetFiles;
import dev.mapsmith.core.training.TrainingSetManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One training set from several (tiles hard-linked): the val split is every {@link #VAL_EVERY}th
 * labelled tile of the drives in {@code valDrives} (their other tiles are left out, which keeps
 * per-epoch validation short); unlabelled tiles (off the road) are kept as negatives, every {@link
 * #UNLABELLED_EVERY}th in train and none in val. Manifests go through core's {@link
 * TrainingSetFiles}.
 */
public final class TrainingSetMerge {

  static final int VAL_EVERY = 3;
  static final int UNLABELLED_EVERY = 4;

  private static final ObjectMapper JSON = new ObjectMapper();

  private TrainingSetMerge() {}

  /** Writes the merged set to {@code out}; returns a one-line summary. */
  @SuppressWarnings("unchecked")
  public static String merge(Path out, Set<String> valDrives, List<Path> sets) throws IOException {
    Files.createDirectories(out.resolve("tiles"));
    Set<String> valTilePrefixes = new java.util.HashSet<>();
    valDrives.forEach(v -> valTilePrefixes.add(v.replaceAll("[^A-Za-z0-9-]", "-")));
    List<String> train = new ArrayList<>(), val = new ArrayList<>();
    List<Object> drives = new ArrayList<>(), sources = new ArrayList<>();
    int valSeen = 0, unlabelledSeen = 0;
    TrainingSetManifest first = null;
    for (Path dir : sets) {
      TrainingSetManifest m = TrainingSetFiles.readManifest(dir);
      first = first == null ? m : first;
      for (Object o : (List<Object>) m.extra().getOrDefault("drives", List.of())) {
        Map<String, Object> d = new LinkedHashMap<>((Map<String, Object>) o);
        d.put("split", valDrives.contains((String) d.get("id")) ? "val" : "train");
        drives.add(d);
      }
      List<String> ids = new ArrayList<>(m.train());
      ids.addAll(m.val());
      for (String id : ids) {
        // tile id = <safe drive id>_<tx>_<ty>
        boolean isVal = valTilePrefixes.contains(id.substring(0, id.indexOf('_')));
        boolean labelled = labelled(dir, id);
        boolean keep =
            labelled
                ? !isVal || valSeen++ % VAL_EVERY == 0
                : !isVal && unlabelledSeen++ % UNLABELLED_EVERY == 0;
        if (keep) {
          (isVal ? val : train).add(id);
          for (String ext : List.of(".f32", ".mask.png", ".labels.json")) {
            Files.createLink(
                out.resolve("tiles").resolve(id + ext), dir.resolve("tiles").resolve(id + ext));
          }
        }
      }
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("set", dir.toString());
      source.put("provenance", m.extra().get("provenance"));
      sources.add(source);
    }
    if (first == null) {
      throw new IllegalArgumentException("no training sets to merge");
    }
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("drives", drives);
    extra.put("provenance", Map.of("merged_from", sources, "val_drives", List.copyOf(valDrives)));
    TrainingSetFiles.writeManifest(
        out, new TrainingSetManifest(first.tileSize(), first.resolution(), train, val, extra));
    return out + ": " + train.size() + " train tiles, " + val.size() + " val tiles";
  }

  private static boolean labelled(Path dir, String id) throws IOException {
    Map<?, ?> labels =
        JSON.readValue(dir.resolve("tiles").resolve(id + ".labels.json").toFile(), Map.class);
    return !((List<?>) labels.get("labels")).isEmpty();
  }
}
