package dev.mapsmith.app.cli;

import dev.mapsmith.core.lanelet.RelationTolerances;
import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.drivelog.map.MapCheck;
import dev.mapsmith.drivelog.map.MapFinding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code mapsmith check-map FILE}: the structural check of any Lanelet2 map (drivelog's {@link
 * MapCheck}: ids, dangling references, bounds, shared end points of successors). Keys: {@code path,
 * nodes, ways, lanelets, passed, finding_count, by_rule} (count per rule) and {@code findings}
 * (each {@code element, rule, message}). Exits 1 when there are findings, after printing them.
 */
@Command(
    name = "check-map",
    description = "Check a Lanelet2 map's structure (bounds, successors, references, ids).",
    sortOptions = false)
public final class CheckMapCommand extends JsonCommand {

  @Parameters(paramLabel = "FILE", description = "Lanelet2 .osm map.")
  Path file;

  @Override
  protected String name() {
    return "check-map";
  }

  @Override
  protected Map<String, Object> execute(ProgressMonitor progress) throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("map not found: " + file);
    }
    MapCheck.Result r = MapCheck.check(file, RelationTolerances.defaults());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("path", file.toString());
    out.put("nodes", r.nodes());
    out.put("ways", r.ways());
    out.put("lanelets", r.lanelets());
    out.put("passed", r.findings().isEmpty());
    out.put("finding_count", r.findings().size());
    Map<String, Integer> byRule = new TreeMap<>();
    r.findings().forEach(f -> byRule.merge(f.rule(), 1, Integer::sum));
    out.put("by_rule", byRule);
    List<Map<String, Object>> findings =
        r.findings().stream().map(CheckMapCommand::finding).toList();
    out.put("findings", findings);
    if (!json) {
      r.findings().forEach(f -> System.err.println("mapsmith check-map: " + file + ": " + f));
    }
    return out;
  }

  private static Map<String, Object> finding(MapFinding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("element", f.element());
    m.put("rule", f.rule());
    m.put("message", f.message());
    return m;
  }

  @Override
  protected int exitCode(Map<String, Object> result) {
    return Boolean.TRUE.equals(result.get("passed")) ? ExitCodes.OK : ExitCodes.FAILURE;
  }
}
