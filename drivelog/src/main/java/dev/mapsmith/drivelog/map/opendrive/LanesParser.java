package dev.mapsmith.drivelog.map.opendrive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.w3c.dom.Element;

/** Reads a road's {@code <lanes>}: lane offset and lane sections with their lanes and marks. */
final class LanesParser {

  private static final Set<String> LANE_CHILDREN =
      Set.of(
          "link",
          "width",
          "border",
          "roadMark",
          "material",
          "visibility",
          "speed",
          "access",
          "height",
          "rule",
          "userData",
          "include",
          "dataQuality");

  private final Consumer<String> warn;

  LanesParser(Consumer<String> warn) {
    this.warn = warn;
  }

  CubicProfile laneOffset(Element lanes) throws ElementFault {
    List<Cubic> pieces = new ArrayList<>();
    for (Element o : Elements.children(lanes, "laneOffset")) {
      pieces.add(Elements.cubic(o, "s", 0));
    }
    return new CubicProfile(pieces);
  }

  List<LaneSection> sections(Element lanes, double roadLength) throws ElementFault {
    List<Element> elements = new ArrayList<>(Elements.children(lanes, "laneSection"));
    List<Double> starts = new ArrayList<>();
    for (Element e : elements) {
      starts.add(Elements.required(e, "s"));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(starts::get));
    List<LaneSection> out = new ArrayList<>();
    for (int k = 0; k < order.size(); k++) {
      double start = starts.get(order.get(k));
      double end = k + 1 < order.size() ? starts.get(order.get(k + 1)) : roadLength;
      out.add(section(elements.get(order.get(k)), start, Math.max(start, end)));
    }
    if (out.isEmpty()) {
      throw new ElementFault("<lanes> has no <laneSection>");
    }
    return out;
  }

  private LaneSection section(Element e, double start, double end) throws ElementFault {
    List<Lane> left = side(Elements.child(e, "left"), start, 1);
    List<Lane> right = side(Elements.child(e, "right"), start, -1);
    List<Lane> centre = side(Elements.child(e, "center"), start, 0);
    Lane c = centre.isEmpty() ? new Lane(0, "none", CubicProfile.ZERO, List.of()) : centre.get(0);
    return new LaneSection(start, end, left, c, right);
  }

  /** The lanes of one side, ordered outward; {@code sign} is +1 left, -1 right, 0 centre. */
  private List<Lane> side(Element side, double sectionStart, int sign) throws ElementFault {
    List<Lane> lanes = new ArrayList<>();
    for (Element l : Elements.children(side, "lane")) {
      lanes.add(lane(l, sectionStart));
    }
    lanes.sort(Comparator.comparingInt(l -> Math.abs(l.id())));
    for (int i = 0; i < lanes.size() && sign != 0; i++) {
      if (lanes.get(i).id() != sign * (i + 1)) {
        throw new ElementFault(
            "<laneSection s="
                + sectionStart
                + "> lane ids are not "
                + sign
                + ", "
                + 2 * sign
                + ", ... outward (found "
                + lanes.get(i).id()
                + ")");
      }
    }
    return lanes;
  }

  private Lane lane(Element l, double sectionStart) throws ElementFault {
    int id = (int) Elements.required(l, "id");
    String where = "<laneSection s=" + sectionStart + "> <lane id=" + id + ">";
    List<Cubic> widths = new ArrayList<>();
    for (Element w : Elements.children(l, "width")) {
      widths.add(Elements.cubic(w, "sOffset", sectionStart));
    }
    if (widths.isEmpty() && id != 0 && !Elements.children(l, "border").isEmpty()) {
      warn.accept(where + ": <border> lane edges are not supported; the lane has width 0");
    }
    List<RoadMark> marks = new ArrayList<>();
    for (Element m : Elements.children(l, "roadMark")) {
      marks.add(
          new RoadMark(
              Elements.number(m, "sOffset", 0),
              Elements.lower(m, "type", "none"),
              Elements.lower(m, "weight", "standard"),
              Elements.lower(m, "color", "standard")));
    }
    marks.sort(Comparator.comparingDouble(RoadMark::sOffset));
    for (Element c : Elements.children(l, null)) {
      if (!LANE_CHILDREN.contains(c.getTagName())) {
        warn.accept(where + ": unknown element <" + c.getTagName() + "> skipped");
      }
    }
    return new Lane(id, Elements.text(l, "type", "none"), new CubicProfile(widths), marks);
  }
}
