package dev.mapsmith.drivelog.map.opendrive;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small DOM helpers: child elements by name and attributes as numbers, with faults that say where.
 */
final class Elements {

  private Elements() {}

  /** The child elements of {@code e}, all of them when {@code name} is null. */
  static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    if (e == null) {
      return out;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && (name == null || c.getTagName().equals(name))) {
        out.add(c);
      }
    }
    return out;
  }

  static Element child(Element e, String name) {
    List<Element> c = children(e, name);
    return c.isEmpty() ? null : c.get(0);
  }

  static String text(Element e, String attr, String fallback) {
    String v = e.getAttribute(attr);
    return v.isEmpty() ? fallback : v.trim();
  }

  static String lower(Element e, String attr, String fallback) {
    return text(e, attr, fallback).toLowerCase(Locale.ROOT);
  }

  static double number(Element e, String attr, double fallback) throws ElementFault {
    String v = e.getAttribute(attr);
    return v.isBlank() ? fallback : parse(e, attr, v);
  }

  static double required(Element e, String attr) throws ElementFault {
    String v = e.getAttribute(attr);
    if (v.isBlank()) {
      throw new ElementFault("<" + e.getTagName() + "> has no '" + attr + "'");
    }
    return parse(e, attr, v);
  }

  private static double parse(Element e, String attr, String v) throws ElementFault {
    try {
      double d = Double.parseDouble(v.trim());
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new ElementFault(
        "<" + e.getTagName() + "> " + attr + "='" + v + "' is not a finite number");
  }

  /**
   * The cubic of a record with a start attribute ({@code s} or {@code sOffset}) plus {@code base}.
   */
  static Cubic cubic(Element e, String startAttr, double base) throws ElementFault {
    return new Cubic(
        base + number(e, startAttr, 0),
        number(e, "a", 0),
        number(e, "b", 0),
        number(e, "c", 0),
        number(e, "d", 0));
  }
}
