package dev.mapsmith.app.ops;

import dev.mapsmith.app.cli.JsonOutput;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.io.AtomicOutput;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.export.GeoJsonWriter;
import dev.mapsmith.reconstruction.changes.ChangeVerdict;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reviewed changes of a run, written off the UI thread: JSON (the run's file with a {@code
 * review} per change: decision, reviewer, time, primitive) or GeoJSON (the changes only: prior and
 * found geometry as two features with the verdict and decision as properties). Format:
 * docs/changes.md.
 */
public final class ChangeReviewExport {

  private ChangeReviewExport() {}

  /** Writes {@code out} (.json: the run with reviews; .geojson: the changes); returns how many. */
  public static int write(ChangeRun run, LaneMap map, Path out) throws IOException {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    Map<Integer, ChangeReview.Decided> decided = ChangeReview.all(run, map);
    if (name.endsWith(".geojson")) {
      List<Primitive> features = features(run, decided);
      GeoJsonWriter.write(features, map.frame(), out);
      return features.size();
    }
    if (!name.endsWith(".json")) {
      throw new IOException(
          "cannot tell the format from " + out.getFileName() + ": use .json or .geojson");
    }
    Map<String, Object> file = ChangeRunJson.fields(run);
    List<Map<String, Object>> verdicts = new ArrayList<>();
    Map<String, Integer> tally = new LinkedHashMap<>(Map.of("accepted", 0, "rejected", 0));
    tally.put("pending", 0);
    for (int i = 0; i < run.verdicts().size(); i++) {
      ChangeVerdict v = run.verdicts().get(i);
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("change", run.key(i));
      m.putAll(ChangeCheck.toJson(v));
      if (v.verdict().isChange()) {
        Map<String, Object> review = review(decided.get(i));
        tally.merge((String) review.get("decision"), 1, Integer::sum);
        m.put("review", review);
      }
      verdicts.add(m);
    }
    file.put("review", tally);
    file.put("verdicts", verdicts);
    AtomicOutput.writeString(out, JsonOutput.toJson(file) + "\n");
    return verdicts.size();
  }

  private static Map<String, Object> review(ChangeReview.Decided d) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("decision", d == null ? "pending" : d.mark().decision());
    if (d != null) {
      r.put("by", d.mark().user());
      r.put("at", d.mark().at().toString());
      r.put("primitive", d.primitiveId());
    }
    return r;
  }

  private static List<Primitive> features(
      ChangeRun run, Map<Integer, ChangeReview.Decided> decided) {
    List<Primitive> out = new ArrayList<>();
    for (int i = 0; i < run.verdicts().size(); i++) {
      ChangeVerdict v = run.verdicts().get(i);
      if (!v.verdict().isChange()) {
        continue;
      }
      ChangeReview.Decided d = decided.get(i);
      Attributes a =
          Attributes.of(
              "change", run.key(i),
              "verdict", v.verdict().key(),
              "detail", ChangeText.of(v),
              "decision", d == null ? "pending" : d.mark().decision());
      if (d != null) {
        a = a.with("reviewer", d.mark().user()).with("reviewed_at", d.mark().at().toString());
      }
      ReviewState state =
          d == null
              ? ReviewState.AUTO
              : d.mark().accepted() ? ReviewState.VERIFIED : ReviewState.REJECTED;
      Provenance p = new Provenance("change", run.key(i), "", v.drives(), "", Instant.EPOCH);
      addFeature(out, 2L * i + 1, v, v.prior(), a.with("geometry", "prior"), state, p);
      addFeature(out, 2L * i + 2, v, v.found(), a.with("geometry", "found"), state, p);
    }
    return out;
  }

  private static void addFeature(
      List<Primitive> out,
      long id,
      ChangeVerdict v,
      Polyline g,
      Attributes a,
      ReviewState state,
      Provenance p) {
    if (g != null) {
      out.add(new Primitive(id, v.mapClass(), g, a, state, v.confidence(), p));
    }
  }
}
