// Helper of build-default-model.sh, run as a single-file program on the app's class path:
//   java -cp "$CP" models/default-model/DefaultModelData.java truth-project OUT.mapsmith DRIVE...
//   java -cp "$CP" models/default-model/DefaultModelData.java merge OUT VAL_DRIVES SET...
// truth-project: a project in the first drive's frame holding that drive's ground-truth map
// (ground_truth/map.osm, Lanelet2) as VERIFIED primitives, with all the drives registered.
// merge: one training set from several (tiles hard-linked), the val split = every 3rd labelled
// tile of the drives whose ids are in the comma-separated VAL_DRIVES (their other tiles are left
// out); unlabelled tiles: every 4th in train, none in val.
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.mapsmith.core.frame.FrameAlignment;
import dev.mapsmith.core.frame.LocalEnuFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.DriveLogs;
import dev.mapsmith.drivelog.map.Lanelet2Maps;
import dev.mapsmith.drivelog.map.MapReadResult;
import dev.mapsmith.labeling.DriveFingerprint;
import dev.mapsmith.labeling.DriveRecord;
import dev.mapsmith.labeling.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

public class DefaultModelData {

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "truth-project" -> truthProject(Path.of(args[1]), List.of(args).subList(2, args.length));
      case "merge" -> merge(Path.of(args[1]), Set.of(args[2].split(",")), List.of(args).subList(3, args.length));
      default -> throw new IllegalArgumentException("unknown step " + args[0]);
    }
  }

  static void truthProject(Path out, List<String> drives) throws Exception {
    List<DriveLog> logs = new ArrayList<>();
    for (String d : drives) {
      logs.add(DriveLogs.open(Path.of(d)));
    }
    LocalEnuFrame frame = (LocalEnuFrame) logs.get(0).metadata().frame();
    // the truth in its own frame (its origin.json; its local_x/local_y are in that frame), then
    // converted into the drive's frame (ENU at the drive's first GNSS fix)
    MapReadResult truth =
        Lanelet2Maps.read(Path.of(drives.get(0)).resolve("ground_truth/map.osm"), null);
    UnaryOperator<Point3> convert = FrameAlignment.converter(truth.map().frame(), frame);
    List<Primitive> verified =
        truth.map().primitives().stream()
            .map(p -> p.withGeometry(convert(p.geometry(), convert)).withReview(ReviewState.VERIFIED))
            .toList();
    try (Project p = Project.create(out, frame)) {
      p.insertAll(verified, "ground truth of " + drives.get(0));
      for (int i = 0; i < logs.size(); i++) {
        Path d = Path.of(drives.get(i)).toAbsolutePath();
        p.addDrive(
            new DriveRecord(
                logs.get(i).metadata().id(), d, logs.get(i).metadata().format(), DriveFingerprint.of(d)));
      }
    }
    logs.forEach(DriveLog::close);
    System.out.println(out + ": " + verified.size() + " verified truth primitives, " + drives.size() + " drives");
  }

  /** Every n-th labelled tile of the val drives is in val (keeps per-epoch validation short). */
  static final int VAL_EVERY = 3;

  static int valSeen, unlabelledSeen;

  static Polyline convert(Polyline g, UnaryOperator<Point3> c) {
    List<Point3> pts = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      pts.add(c.apply(new Point3(g.x(i), g.y(i), g.z(i))));
    }
    return Polyline.of(pts);
  }

  @SuppressWarnings("unchecked")
  static void merge(Path out, Set<String> valDrives, List<String> sets) throws Exception {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.createDirectories(out.resolve("tiles"));
    Map<String, Object> merged = null;
    List<String> train = new ArrayList<>(), val = new ArrayList<>();
    List<Object> driveEntries = new ArrayList<>();
    List<Object> sources = new ArrayList<>();
    for (String s : sets) {
      Path dir = Path.of(s);
      Map<String, Object> m = json.readValue(dir.resolve("manifest.json").toFile(), Map.class);
      if (merged == null) {
        merged = new LinkedHashMap<>(m);
      }
      for (Object o : (List<Object>) m.get("drives")) {
        Map<String, Object> d = new LinkedHashMap<>((Map<String, Object>) o);
        d.put("split", valDrives.contains((String) d.get("id")) ? "val" : "train");
        driveEntries.add(d);
      }
      Map<String, List<String>> splits = (Map<String, List<String>>) m.get("splits");
      for (List<String> ids : splits.values()) {
        for (String id : ids) {
          String drive = id.substring(0, id.indexOf('_')); // tile id = <safe drive id>_<tx>_<ty>
          boolean isVal = valDrives.stream().anyMatch(v -> v.replaceAll("[^A-Za-z0-9-]", "-").equals(drive));
          boolean labelled =
              !((List<Object>)
                      json.readValue(dir.resolve("tiles").resolve(id + ".labels.json").toFile(), Map.class)
                          .get("labels"))
                  .isEmpty();
          // unlabelled tiles (off the road): every 4th kept in train as negatives, none in val
          boolean keep =
              labelled ? !isVal || valSeen++ % VAL_EVERY == 0 : !isVal && unlabelledSeen++ % 4 == 0;
          if (!keep) {
            continue;
          }
          (isVal ? val : train).add(id);
          for (String ext : List.of(".f32", ".mask.png", ".labels.json")) {
            Files.createLink(out.resolve("tiles").resolve(id + ext), dir.resolve("tiles").resolve(id + ext));
          }
        }
      }
      sources.add(Map.of("set", dir.toString(), "provenance", m.get("provenance")));
    }
    merged.put("splits", Map.of("train", train, "val", val));
    merged.put("drives", driveEntries);
    merged.put("provenance", Map.of("merged_from", sources, "val_drives", List.copyOf(valDrives)));
    merged.remove("counts");
    json.writeValue(out.resolve("manifest.json").toFile(), merged);
    System.out.println(out + ": " + train.size() + " train tiles, " + val.size() + " val tiles");
  }
}
