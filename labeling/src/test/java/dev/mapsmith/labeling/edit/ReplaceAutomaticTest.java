package dev.mapsmith.labeling.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import dev.mapsmith.labeling.EditResult;
import dev.mapsmith.labeling.Project;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reconstruction run again over an area: automatic output replaced, touched work kept. */
class ReplaceAutomaticTest {

  private static final Provenance AUTO =
      new Provenance("classical", "1", "{}", List.of("d"), "", Instant.EPOCH);

  @TempDir Path dir;

  private static Primitive line(double y, double x0, ReviewState review, Provenance prov) {
    return new Primitive(
        1, // the project gives each a fresh id
        MapClass.DIVIDER,
        Polyline.of(x0, y, 0, x0 + 20, y, 0),
        Attributes.EMPTY,
        review,
        0.9,
        prov);
  }

  @Test
  void replacesAutomaticOutputInTheAreaKeepsTouchedWorkAndUndoesInOneStep() {
    try (Project p = Project.create(dir.resolve("p.mapsmith"), new NamedLocalFrame("T"))) {
      List<Long> ids =
          p.insertAll(
                  List.of(
                      line(0, 0, ReviewState.AUTO, AUTO), // replaced
                      line(4, 0, ReviewState.CORRECTED, AUTO),
                      line(8, 0, ReviewState.VERIFIED, AUTO),
                      line(12, 0, ReviewState.REJECTED, AUTO),
                      line(16, 0, ReviewState.AUTO, Provenance.manual("ann", Instant.EPOCH)),
                      line(0, 200, ReviewState.AUTO, AUTO)), // outside the area
                  "first run")
              .created();
      Bounds2 area = new Bounds2(-5, -5, 30, 30);
      List<Primitive> output =
          List.of(line(0.1, 0, ReviewState.AUTO, AUTO), line(8.4, 0, ReviewState.AUTO, AUTO));
      ReplaceAutomatic edit = new ReplaceAutomatic(area, output, "second run");

      ReplaceAutomatic.Survey survey = edit.survey(p.map());
      assertThat(survey.replaced()).containsExactly(ids.get(0));
      assertThat(survey.kept()).containsExactly(ids.get(1), ids.get(2), ids.get(3), ids.get(4));
      assertThat(survey.overlaps())
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.keptId()).isEqualTo(ids.get(2));
                assertThat(o.outputIndex()).isEqualTo(1);
              });

      EditResult r = p.execute(edit);
      assertThat(r.created()).hasSize(2);
      assertThat(p.snapshot().get(ids.get(0))).isEmpty();
      assertThat(p.snapshot().get(ids.get(5))).as("outside the area").isPresent();
      assertThat(p.snapshot().primitives()).hasSize(7);

      p.undo();
      assertThat(p.snapshot().primitives()).as("one undo step").hasSize(6);
      assertThat(p.snapshot().get(ids.get(0))).isPresent();
    }
  }
}
