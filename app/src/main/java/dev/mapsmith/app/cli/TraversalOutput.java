package dev.mapsmith.app.cli;

import dev.mapsmith.core.task.ProgressMonitor;
import dev.mapsmith.sampledrives.GenerateRequest;
import dev.mapsmith.sampledrives.TraversalSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code generate --traversals K}: several drives of one world and what the JSON reports. */
final class TraversalOutput {

  private TraversalOutput() {}

  static Map<String, Object> generate(
      GenerateRequest r, int count, Path out, ProgressMonitor progress) throws Exception {
    TraversalSet.Result set = TraversalSet.generate(r, count, out, progress);
    List<Map<String, Object>> drives = new ArrayList<>();
    long points = 0;
    for (int i = 0; i < set.drives().size(); i++) {
      var d = set.drives().get(i);
      var t = set.traversals().get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("drive", d.drive().toString());
      m.put("sweeps", d.sweeps());
      m.put("points", d.points());
      m.put("speed_factor", Math.round(t.speedFactor() * 1000) / 1000.0);
      m.put("gnss_bias_m", List.of(round(t.biasX()), round(t.biasY())));
      drives.add(m);
      points += d.points();
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("traversals", drives);
    result.put("points", points);
    result.put("truth", set.truthMap().toString());
    result.put("manifest", out.resolve("drives.json").toString());
    return result;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
