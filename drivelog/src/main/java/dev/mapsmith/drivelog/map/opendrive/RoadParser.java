package dev.mapsmith.drivelog.map.opendrive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.w3c.dom.Element;

/**
 * Reads one {@code <road>}. A fault in it (an unknown geometry, a missing attribute) is thrown as
 * an {@link ElementFault} naming the element and its s; unknown child elements are only warned
 * about.
 */
final class RoadParser {

  private static final Set<String> ROAD_CHILDREN =
      Set.of(
          "link",
          "type",
          "planView",
          "elevationProfile",
          "lateralProfile",
          "lanes",
          "objects",
          "signals",
          "surface",
          "railroad",
          "userData",
          "include",
          "dataQuality");

  private final Consumer<String> warn;

  RoadParser(Consumer<String> warn) {
    this.warn = warn;
  }

  Road road(Element r, String id) throws ElementFault {
    for (Element c : Elements.children(r, null)) {
      if (!ROAD_CHILDREN.contains(c.getTagName())) {
        warn.accept("road " + id + ": unknown element <" + c.getTagName() + "> skipped");
      }
    }
    double length = Elements.required(r, "length");
    Element link = Elements.child(r, "link");
    PlanView plan = GeometryParser.planView(Elements.child(r, "planView"));
    List<Cubic> elevation = new ArrayList<>();
    for (Element e : Elements.children(Elements.child(r, "elevationProfile"), "elevation")) {
      elevation.add(Elements.cubic(e, "s", 0));
    }
    Element lanes = Elements.child(r, "lanes");
    if (lanes == null) {
      throw new ElementFault("no <lanes>");
    }
    LanesParser lp = new LanesParser(w -> warn.accept("road " + id + " " + w));
    return new Road(
        id,
        Elements.text(r, "name", ""),
        length,
        Elements.text(r, "junction", "-1"),
        link(Elements.child(link, "predecessor")),
        link(Elements.child(link, "successor")),
        plan,
        new CubicProfile(elevation),
        lp.laneOffset(lanes),
        lp.sections(lanes, length),
        objects(Elements.child(r, "objects")),
        signals(Elements.child(r, "signals")));
  }

  private static RoadLink link(Element e) {
    return e == null
        ? null
        : new RoadLink(
            Elements.text(e, "elementType", "road"),
            Elements.text(e, "elementId", ""),
            Elements.text(e, "contactPoint", ""));
  }

  private static List<RoadObject> objects(Element objects) throws ElementFault {
    List<RoadObject> out = new ArrayList<>();
    for (Element o : Elements.children(objects, "object")) {
      List<Corner> corners = new ArrayList<>();
      Element outline = Elements.child(o, "outline");
      if (outline == null) {
        outline = Elements.child(Elements.child(o, "outlines"), "outline");
      }
      for (Element c : Elements.children(outline, null)) {
        if (c.getTagName().equals("cornerRoad")) {
          corners.add(
              new Corner(
                  true,
                  Elements.required(c, "s"),
                  Elements.required(c, "t"),
                  Elements.number(c, "dz", 0)));
        } else if (c.getTagName().equals("cornerLocal")) {
          corners.add(
              new Corner(
                  false,
                  Elements.required(c, "u"),
                  Elements.required(c, "v"),
                  Elements.number(c, "z", 0)));
        }
      }
      out.add(
          new RoadObject(
              Elements.text(o, "id", ""),
              Elements.text(o, "type", ""),
              Elements.text(o, "name", ""),
              Elements.required(o, "s"),
              Elements.number(o, "t", 0),
              Elements.number(o, "zOffset", 0),
              Elements.number(o, "hdg", 0),
              Elements.number(o, "length", 0),
              Elements.number(o, "width", 0),
              corners));
    }
    return out;
  }

  private static List<RoadSignal> signals(Element signals) throws ElementFault {
    List<RoadSignal> out = new ArrayList<>();
    for (Element s : Elements.children(signals, "signal")) {
      out.add(
          new RoadSignal(
              Elements.text(s, "id", ""),
              Elements.text(s, "type", ""),
              Elements.text(s, "name", ""),
              Elements.required(s, "s"),
              Elements.number(s, "t", 0),
              Elements.text(s, "orientation", "+"),
              Elements.number(s, "width", 0)));
    }
    return out;
  }
}
