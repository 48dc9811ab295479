package dev.mapsmith.reconstruction.lanegraph;

import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tags of a bound built from many hits: those of the line met most often (a road edge becomes
 * {@code road_border}), and the mean confidence of the lines met.
 */
final class LineVotes {

  private final Map<Long, Integer> counts = new LinkedHashMap<>();
  private final Map<Long, Primitive> lines = new LinkedHashMap<>();
  private double confidence;
  private int n;
  private int followed;

  void add(Hit h) {
    if (h.bridged()) {
      followed++;
    }
    counts.merge(h.line().id(), 1, Integer::sum);
    lines.putIfAbsent(h.line().id(), h.line());
    confidence += h.line().confidence();
    n++;
  }

  Primitive winner() {
    long best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return lines.get(best);
  }

  /** Whether the line was mostly not seen but followed through a gap ({@link GapBridging}). */
  boolean followed() {
    return 2 * followed > n;
  }

  boolean edge() {
    return winner().mapClass() == MapClass.BOUNDARY;
  }

  double confidence() {
    return n == 0 ? 0 : confidence / n;
  }

  /**
   * Lanelet2 tags: type and subtype (and colour) of the winning line; {@code virtual} for a line
   * followed through a gap (no paint there).
   */
  Attributes tags() {
    if (followed()) {
      return Attributes.of(Attributes.TYPE, "virtual");
    }
    Primitive p = winner();
    if (p.mapClass() == MapClass.BOUNDARY) {
      return Attributes.of(Attributes.TYPE, "road_border");
    }
    Attributes a =
        Attributes.of(Attributes.TYPE, p.attributes().get(Attributes.TYPE).orElse("line_thin"));
    a = a.with(Attributes.SUBTYPE, p.attributes().get(Attributes.SUBTYPE).orElse("solid"));
    return a.with(Attributes.COLOR, p.attributes().get(Attributes.COLOR).orElse(null));
  }

  /** Whether this line separates the two directions by its paint: yellow or a double line. */
  boolean separator() {
    Attributes a = winner().attributes();
    String subtype = a.get(Attributes.SUBTYPE).orElse("");
    return a.get(Attributes.COLOR).orElse("").equals("yellow") || subtype.equals("solid_solid");
  }

  boolean solid() {
    return winner().attributes().get(Attributes.SUBTYPE).orElse("solid").startsWith("solid");
  }
}
