package dev.mapsmith.labeling.edit;

import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.MapView;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.util.ArrayList;
import java.util.List;

/**
 * Reconstruction run again over an area, as one undoable edit: the earlier automatic output inside
 * {@code area} (review state AUTO, not drawn by hand, its bounds' centre in the area) is deleted
 * and {@code output} inserted, in list order (so {@code EditResult.created().get(i)} is output
 * {@code i}). Every primitive a person touched (corrected, verified, rejected or drawn) stays;
 * {@link #survey} says what is replaced and kept and where new output comes near kept work.
 */
public record ReplaceAutomatic(Bounds2 area, List<Primitive> output, String description)
    implements EditCommand {

  /** New output this close (plan view, metres) to kept work of its class is reported. */
  public static final double OVERLAP_METRES = 1.0;

  /** New output {@code outputIndex} comes near kept primitive {@code keptId} at {@code where}. */
  public record Overlap(long keptId, int outputIndex, Point3 where) {}

  /**
   * What the edit replaces (ids), keeps (ids of touched work in the area) and where it overlaps.
   */
  public record Survey(List<Long> replaced, List<Long> kept, List<Overlap> overlaps) {}

  public ReplaceAutomatic {
    output = List.copyOf(output);
  }

  /** Whether {@code p} is automatic output a new run may replace: untouched and not hand-drawn. */
  public static boolean replaceable(Primitive p) {
    return p.review() == ReviewState.AUTO && !p.provenance().drawnByHand();
  }

  /** What running this edit on {@code map} would replace and keep, and the overlaps. */
  public Survey survey(MapView map) {
    List<Long> replaced = new ArrayList<>();
    List<Primitive> kept = new ArrayList<>();
    for (Primitive p : map.primitives()) {
      if (!inside(p)) {
        continue;
      }
      if (replaceable(p)) {
        replaced.add(p.id());
      } else {
        kept.add(p);
      }
    }
    List<Overlap> overlaps = new ArrayList<>();
    for (int i = 0; i < output.size(); i++) {
      Primitive n = output.get(i);
      Bounds2 near = n.geometry().bounds().expand(OVERLAP_METRES);
      for (Primitive k : kept) {
        if (k.mapClass() != n.mapClass() || !k.geometry().bounds().intersects(near)) {
          continue;
        }
        Polyline.Nearest d = n.geometry().nearestTo(k.geometry());
        if (d != null && d.distance() <= OVERLAP_METRES) {
          overlaps.add(new Overlap(k.id(), i, n.geometry().point(d.vertex())));
        }
      }
    }
    return new Survey(replaced, kept.stream().map(Primitive::id).toList(), overlaps);
  }

  @Override
  public Change plan(MapView map, EditContext ctx) {
    List<Change.Entry> entries = new ArrayList<>();
    for (Primitive p : map.primitives()) {
      if (inside(p) && replaceable(p)) {
        entries.add(Change.delete(p));
      }
    }
    for (Primitive p : output) {
      entries.add(Change.insert(p.withId(ctx.newId()), null));
    }
    return new Change(entries);
  }

  private boolean inside(Primitive p) {
    Bounds2 b = p.geometry().bounds();
    return !b.isEmpty() && area.contains((b.minX() + b.maxX()) / 2, (b.minY() + b.maxY()) / 2);
  }
}
