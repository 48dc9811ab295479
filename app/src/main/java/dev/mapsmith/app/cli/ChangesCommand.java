package dev.mapsmith.app.cli;

import dev.mapsmith.app.ops.ChangeCheck;
import dev.mapsmith.app.ops.TruthScoring;
import dev.mapsmith.core.frame.GeoOrigin;
import dev.mapsmith.core.io.AtomicOutput;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.DriveLog;
import dev.mapsmith.drivelog.map.MapReadResult;
import dev.mapsmith.labeling.OpenOptions;
import dev.mapsmith.labeling.Project;
import dev.mapsmith.models.LaneSegmenter;
import dev.mapsmith.reconstruction.changes.ChangeConfig;
import dev.mapsmith.reconstruction.changes.ChangeVerdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mapsmith changes --map PRIOR | --project FILE DRIVE...}: checks a map against new drives,
 * element by element (confirmed, removed, moved, attribute_changed, unobserved, added), each
 * verdict with confidence, evidence and drives. {@code --out} writes every verdict; stdout lists
 * the changes.
 */
@Command(
    name = "changes",
    description = "Check a map against drives: what changed, element by element.",
    sortOptions = false)
public final class ChangesCommand extends JsonCommand {

  @Parameters(arity = "1..*", paramLabel = "DRIVE", description = "Drive folders or files.")
  List<Path> drives;

  @Option(
      names = "--map",
      paramLabel = "PRIOR",
      description = "The map to check: Lanelet2 .osm or Argoverse 2 map .json.")
  Path map;

  @Option(names = "--project", paramLabel = "FILE", description = "Check a project's map.")
  Path project;

  @Option(
      names = "--origin",
      paramLabel = "LAT,LON[,ALT]",
      description = "Origin of a Lanelet2 map (default: the shared origin rule).")
  String origin;

  @Option(
      names = "--method",
      defaultValue = "classical",
      description = "Reconstruction: classical or learned.")
  String method;

  @Option(names = "--model", paramLabel = "DIR", description = "Model for --method learned.")
  Path model;

  @Option(names = "--out", paramLabel = "FILE", description = "Write every verdict (JSON).")
  Path out;

  @Override
  protected String name() {
    return "changes";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    checkOptions();
    List<DriveLog> logs = new ArrayList<>();
    try (LaneSegmenter seg = segmenter()) {
      for (Path d : drives) {
        logs.add(ReconstructCommand.openDrive(d));
        ReconstructCommand.requireSomeSweep(logs.get(logs.size() - 1), d);
      }
      LaneMap prior = prior(logs.get(0));
      ChangeConfig cfg = ChangeConfig.defaults();
      List<ChangeVerdict> verdicts = ChangeCheck.run(prior, logs, seg, cfg, progress);
      progress.checkCancelled();
      List<Map<String, Object>> all = verdicts.stream().map(ChangeCheck::toJson).toList();
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("prior", map != null ? map.toString() : project.toString());
      result.put("drives", logs.stream().map(l -> l.metadata().id()).toList());
      result.put("method", method);
      result.put("frame", logs.get(0).metadata().frame().toString());
      result.put("counts", ChangeCheck.counts(verdicts));
      result.put("parameters", ChangeCheck.parameters(cfg));
      if (out != null) {
        Map<String, Object> file = new LinkedHashMap<>(result);
        file.put("verdicts", all);
        AtomicOutput.writeString(out, JsonOutput.toJson(file) + "\n");
        result.put("out", out.toString());
      }
      result.put(
          "changes",
          all.stream()
              .filter(
                  v ->
                      !v.get("verdict").equals("confirmed")
                          && !v.get("verdict").equals("unobserved"))
              .toList());
      if (out == null) {
        result.put("verdicts", all);
      }
      return result;
    } finally {
      logs.forEach(DriveLog::close);
    }
  }

  private void checkOptions() {
    if ((map == null) == (project == null)) {
      throw new UsageException("give the map to check: --map PRIOR or --project FILE");
    }
    if (!"classical".equals(method) && !"learned".equals(method)) {
      throw new UsageException("unknown --method '" + method + "'; use classical or learned");
    }
    if (model != null && !"learned".equals(method)) {
      throw new UsageException("--model needs --method learned");
    }
    if (origin != null && map == null) {
      throw new UsageException("--origin goes with --map");
    }
    Path given = map != null ? map : project;
    if (!Files.isRegularFile(given)) {
      throw new UsageException((map != null ? "map" : "project") + " not found: " + given);
    }
    for (Path d : drives) {
      if (!Files.exists(d)) {
        throw new UsageException("drive not found: " + d);
      }
    }
  }

  private LaneSegmenter segmenter() throws Exception {
    if (!"learned".equals(method)) {
      return null;
    }
    return model == null ? LaneSegmenter.loadDefault() : LaneSegmenter.load(model);
  }

  private LaneMap prior(DriveLog first) throws Exception {
    if (project != null) {
      try (Project p = Project.open(project, OpenOptions.READ_ONLY)) {
        return p.snapshot();
      }
    }
    GeoOrigin option;
    try {
      option = origin == null ? null : GeoOrigin.parse(origin);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--origin: " + e.getMessage());
    }
    MapReadResult r = TruthScoring.readTruth(map, first.metadata().frame(), option);
    r.problems().forEach(m -> System.err.println("mapsmith changes: " + map + ": " + m));
    return r.map();
  }
}
