package dev.mapsmith.drivelog.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.drivelog.DriveLogException;
import dev.mapsmith.drivelog.InputFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an Argoverse 2 vector map ({@code log_map_archive_*.json}) into core primitives, as
 * published work maps the classes: dividers are lane boundaries whose mark type is not NONE (shared
 * boundaries deduplicated, continuing ones merged), ped_crossing is the polygon of edge1 and the
 * reversed edge2, boundary is the outline of the union of the drivable areas. The frame is the
 * city's named local frame, e.g. {@code local(PIT)}.
 */
public final class Av2MapReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CITY = Pattern.compile("____([A-Za-z]+)_city_");

  private Av2MapReader() {}

  /** The city code in an AV2 map file name ({@code ..._PIT_city_57819.json} gives PIT). */
  public static String cityOf(Path file) {
    Matcher m = CITY.matcher(file.getFileName().toString());
    return m.find() ? m.group(1) : "av2-unknown-city";
  }

  /** The frame of an AV2 city: a named local frame called by the city code. */
  public static NamedLocalFrame frameOf(String city) {
    return new NamedLocalFrame(city);
  }

  public static MapReadResult read(Path file) throws DriveLogException {
    JsonNode root;
    try {
      root = JSON.readTree(InputFiles.readAll(file, InputFiles.budgetBytes() / 16, "a map file"));
    } catch (JsonProcessingException e) {
      var loc = e.getLocation();
      String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
      throw new DriveLogException(file, where, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new DriveLogException(file, "", "cannot read: " + e, e);
    }
    if (root == null || !root.isObject() || !root.has("lane_segments")) {
      throw new DriveLogException(file, "", "not an Argoverse 2 map: no 'lane_segments'");
    }
    List<String> problems = new ArrayList<>();
    List<Primitive> out = new ArrayList<>();
    Provenance prov = Provenance.truth(file.toString());
    long[] nextId = {1};
    for (LineMerger.Line l : dividers(file, root.get("lane_segments"), problems)) {
      Map<String, String> a = Av2MarkTypes.attributes(l.label());
      a.put("av2_lane_segments", join(l.sources()));
      out.add(primitive(nextId[0]++, MapClass.DIVIDER, l.points(), a, prov));
    }
    List<List<Point3>> areas = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : sorted(root.get("drivable_areas"))) {
      areas.add(points(file, e.getValue().get("area_boundary"), "drivable_areas." + e.getKey()));
    }
    for (List<Point3> ring : DrivableOutline.of(areas, problems)) {
      Map<String, String> a = Map.of("type", "road_border", "av2_source", "drivable_areas");
      out.add(primitive(nextId[0]++, MapClass.BOUNDARY, ring, a, prov));
    }
    for (Map.Entry<String, JsonNode> e : sorted(root.get("pedestrian_crossings"))) {
      String where = "pedestrian_crossings." + e.getKey();
      List<Point3> ring = new ArrayList<>(points(file, e.getValue().get("edge1"), where));
      List<Point3> edge2 = new ArrayList<>(points(file, e.getValue().get("edge2"), where));
      Collections.reverse(edge2);
      ring.addAll(edge2);
      if (ring.size() < 3) {
        problems.add(where + ": too few vertices for a polygon; left out");
        continue;
      }
      Map<String, String> a = Map.of("type", "crosswalk", "av2_id", e.getKey());
      out.add(primitive(nextId[0]++, MapClass.PED_CROSSING, ring, a, prov));
    }
    return new MapReadResult(new LaneMap(frameOf(cityOf(file)), out), problems);
  }

  private static List<LineMerger.Line> dividers(Path file, JsonNode lanes, List<String> problems)
      throws DriveLogException {
    LineMerger merger = new LineMerger();
    for (Map.Entry<String, JsonNode> e : sorted(lanes)) {
      long id = idOf(e);
      for (String side : new String[] {"left", "right"}) {
        JsonNode mark = e.getValue().get(side + "_lane_mark_type");
        if (mark == null || !Av2MarkTypes.isPainted(mark.asText())) {
          continue;
        }
        String where = "lane_segments." + e.getKey() + "." + side + "_lane_boundary";
        merger.add(
            points(file, e.getValue().get(side + "_lane_boundary"), where), mark.asText(), id);
      }
    }
    return merger.merged();
  }

  private static long idOf(Map.Entry<String, JsonNode> e) {
    try {
      return Long.parseLong(e.getKey());
    } catch (NumberFormatException x) {
      return e.getValue().path("id").asLong(0);
    }
  }

  private static List<Map.Entry<String, JsonNode>> sorted(JsonNode obj) {
    TreeMap<String, JsonNode> m = new TreeMap<>((a, b) -> numericFirst(a, b));
    if (obj != null && obj.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        m.put(e.getKey(), e.getValue());
      }
    }
    return new ArrayList<>(m.entrySet());
  }

  private static int numericFirst(String a, String b) {
    return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
  }

  private static List<Point3> points(Path file, JsonNode arr, String where)
      throws DriveLogException {
    if (arr == null || !arr.isArray()) {
      throw new DriveLogException(file, where, "expected a list of {x, y, z} points");
    }
    List<Point3> pts = new ArrayList<>(arr.size());
    for (int i = 0; i < arr.size(); i++) {
      JsonNode p = arr.get(i);
      double x = coordinate(p, "x"), y = coordinate(p, "y");
      double z = p.has("z") ? coordinate(p, "z") : 0;
      if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(z)) {
        throw new DriveLogException(
            file, where + "[" + i + "]", "point is not numbers x, y, z: " + abbreviate(p));
      }
      pts.add(new Point3(x, y, z));
    }
    return pts;
  }

  /** A number member, or NaN when missing or not a number ({@code true} is no coordinate). */
  private static double coordinate(JsonNode p, String key) {
    JsonNode v = p.get(key);
    return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
  }

  private static String abbreviate(JsonNode p) {
    String s = String.valueOf(p);
    return s.length() > 80 ? s.substring(0, 80) + "..." : s;
  }

  private static Primitive primitive(
      long id, MapClass c, List<Point3> pts, Map<String, String> attrs, Provenance prov) {
    return new Primitive(
        id, c, Polyline.of(pts), Attributes.of(attrs), ReviewState.AUTO, 1.0, prov);
  }

  private static String join(java.util.Set<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
