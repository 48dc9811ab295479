package dev.mapsmith.labeling;

import dev.mapsmith.core.geom.Point3;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.labeling.edit.DrawPrimitive;
import dev.mapsmith.labeling.edit.MoveVertex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The process that {@link KillNineTest} kills: it edits a project as fast as it can and prints one
 * line per acknowledged edit ({@code draw ID X}, {@code move ID X}, {@code bulk FIRST COUNT}).
 */
public final class EditingChild {

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    long moveTarget = Long.parseLong(args[1]);
    double x = Double.parseDouble(args[2]);
    try (Project p = Project.open(file)) {
      System.out.println("ready");
      System.out.flush();
      for (int k = 0; ; k++) {
        x += 1;
        if (k % 7 == 6) {
          List<Primitive> batch = new ArrayList<>();
          for (int i = 0; i < 100; i++) {
            batch.add(TestMaps.divider(x, i, 2, 4));
          }
          List<Long> ids = p.insertAll(batch, "bulk").created();
          System.out.println("bulk " + ids.get(0) + " " + ids.size());
        } else if (k % 2 == 0) {
          long id =
              p.execute(
                      new DrawPrimitive(
                          MapClass.DIVIDER, Polyline.of(x, 0, 0, x, 3, 0), Attributes.EMPTY))
                  .created()
                  .get(0);
          System.out.println("draw " + id + " " + x);
        } else {
          p.execute(new MoveVertex(moveTarget, 0, new Point3(x, -1, 0)));
          System.out.println("move " + moveTarget + " " + x);
        }
        System.out.flush();
      }
    }
  }
}
