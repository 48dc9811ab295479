package dev.mapsmith.viewer3d;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A scene's primitives change edit by edit without copying the map: a new version shares every
 * chunk of ids the edit did not touch, and reads as the map would, by id.
 */
class PrimitiveSetTest {

  private static Primitive p(long id, double x) {
    return TestScenes.primitive(id, MapClass.DIVIDER, x, 0, 0, x + 1, 0, 0);
  }

  @Test
  void anEditCopiesOnlyTheChunkItTouches() {
    List<Primitive> all = new ArrayList<>();
    for (long id = 100_000; id >= 1; id--) { // any order in, by id out
      all.add(p(id, id));
    }
    PrimitiveSet set = PrimitiveSet.of(all);
    assertThat(set).hasSize(100_000);
    assertThat(set.get(0).id()).isEqualTo(1);
    assertThat(set.get(99_999).id()).isEqualTo(100_000);
    assertThat(set.get(4_999).id()).isEqualTo(5_000);

    PrimitiveSet edited = set.with(List.of(p(5_000, -1), p(100_001, 7)), Set.of(42L));
    assertThat(edited).hasSize(100_000);
    assertThat(edited.chunksSharedWith(set))
        .as("every chunk but the three the edit touched")
        .isEqualTo(set.chunks() - 3);
    assertThat(edited.get(4_998).id()).as("5000, after 42 went").isEqualTo(5_000);
    assertThat(edited.get(4_998).geometry().x(0)).isEqualTo(-1);
    assertThat(edited.get(99_999).id()).isEqualTo(100_001);
    assertThat(edited).extracting(Primitive::id).doesNotContain(42L).isSorted();
    assertThat(set.get(41).id()).as("the older version is unchanged").isEqualTo(42);
  }

  @Test
  void aSceneKeepsASetAsItIsAndCopiesOtherLists() {
    PrimitiveSet set = PrimitiveSet.of(List.of(p(1, 0), p(2, 3)));
    assertThat(SceneData.EMPTY.withPrimitives(set).primitives()).isSameAs(set);
    List<Primitive> plain = new ArrayList<>(set);
    assertThat(SceneData.EMPTY.withPrimitives(plain).primitives())
        .isNotSameAs(plain)
        .containsExactlyElementsOf(set);
    assertThat(PrimitiveSet.EMPTY.with(List.of(), Set.of())).isEmpty();
  }
}
