package dev.mapsmith.drivelog.map.opendrive;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/** Reads a road's {@code <planView>}: one {@link PlanGeometry} per {@code <geometry>}. */
final class GeometryParser {

  private GeometryParser() {}

  static PlanView planView(Element planView) throws ElementFault {
    List<PlanGeometry> out = new ArrayList<>();
    for (Element g : Elements.children(planView, "geometry")) {
      out.add(geometry(g));
    }
    if (out.isEmpty()) {
      throw new ElementFault("<planView> has no <geometry>");
    }
    return new PlanView(out);
  }

  static PlanGeometry geometry(Element g) throws ElementFault {
    double s = Elements.required(g, "s");
    PlanGeometry.Start start;
    try {
      start =
          new PlanGeometry.Start(
              s,
              Elements.required(g, "x"),
              Elements.required(g, "y"),
              Elements.required(g, "hdg"),
              Elements.required(g, "length"));
    } catch (ElementFault | IllegalArgumentException e) {
      throw new ElementFault("<geometry s=" + s + ">: " + e.getMessage());
    }
    List<Element> kinds = Elements.children(g, null);
    if (kinds.size() != 1) {
      throw new ElementFault(
          "<geometry s=" + s + "> has " + kinds.size() + " shape elements, needs exactly one");
    }
    Element k = kinds.get(0);
    try {
      return switch (k.getTagName()) {
        case "line" -> new LineGeometry(start);
        case "arc" -> new ArcGeometry(start, Elements.required(k, "curvature"));
        case "spiral" ->
            new SpiralGeometry(
                start, Elements.required(k, "curvStart"), Elements.required(k, "curvEnd"));
        case "poly3" ->
            new Poly3Geometry(
                start,
                Cubic.of(
                    Elements.number(k, "a", 0),
                    Elements.number(k, "b", 0),
                    Elements.number(k, "c", 0),
                    Elements.number(k, "d", 0)));
        case "paramPoly3" -> paramPoly3(start, k);
        default -> throw new ElementFault("unknown geometry <" + k.getTagName() + ">");
      };
    } catch (ElementFault e) {
      throw new ElementFault("<geometry s=" + s + ">: " + e.getMessage());
    }
  }

  private static PlanGeometry paramPoly3(PlanGeometry.Start start, Element k) throws ElementFault {
    String range = Elements.text(k, "pRange", "normalized");
    if (!range.equals("normalized") && !range.equals("arcLength")) {
      throw new ElementFault("<paramPoly3> pRange='" + range + "' is not arcLength or normalized");
    }
    Cubic u =
        Cubic.of(
            Elements.number(k, "aU", 0),
            Elements.number(k, "bU", 0),
            Elements.number(k, "cU", 0),
            Elements.number(k, "dU", 0));
    Cubic v =
        Cubic.of(
            Elements.number(k, "aV", 0),
            Elements.number(k, "bV", 0),
            Elements.number(k, "cV", 0),
            Elements.number(k, "dV", 0));
    return new ParamPoly3Geometry(start, u, v, range.equals("normalized"));
  }
}
