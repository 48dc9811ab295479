package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mapsmith.app.model.AreaRow;
import dev.mapsmith.core.frame.NamedLocalFrame;
import dev.mapsmith.core.geom.Bounds2;
import dev.mapsmith.core.geom.Polyline;
import dev.mapsmith.core.map.Attributes;
import dev.mapsmith.core.map.LaneMap;
import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.Provenance;
import dev.mapsmith.core.map.ReviewState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Training-set curation (workflow 7) without the JavaFX toolkit. */
class CurationViewModelTest {

  private static Primitive p(
      long id, MapClass c, ReviewState s, double conf, String drive, double x) {
    Provenance prov = new Provenance("reconstruct", "0.1", "", List.of(drive), "t", Instant.EPOCH);
    return new Primitive(
        id, c, Polyline.of(new double[] {x, 0, 0, x + 10, 0, 0}), Attributes.of(), s, conf, prov);
  }

  private static LaneMap map() {
    return new LaneMap(
        new NamedLocalFrame("T"),
        List.of(
            p(1, MapClass.DIVIDER, ReviewState.VERIFIED, 0.9, "a", 0),
            p(2, MapClass.DIVIDER, ReviewState.VERIFIED, 0.9, "b", 0),
            p(3, MapClass.BOUNDARY, ReviewState.VERIFIED, 0.4, "a", 0),
            p(4, MapClass.STOP_LINE, ReviewState.AUTO, 0.9, "a", 0),
            p(5, MapClass.DIVIDER, ReviewState.REJECTED, 0.9, "a", 0),
            p(6, MapClass.DIVIDER, ReviewState.VERIFIED, 0.9, "a", 500)));
  }

  @Test
  void countsApprovedPrimitivesPerSplitAndClassAndFollowsTheFilters() {
    CurationViewModel vm = new CurationViewModel();
    vm.setSource(map(), List.of(new AreaRow("near", new Bounds2(-5, -5, 50, 5), 0, 0)));
    // default: approved states (verified, corrected), every class, all in train
    assertThat(vm.total("train")).isEqualTo(4); // 1, 2, 3, 6
    assertThat(vm.total("val")).isZero();

    vm.validationDrives().add("b");
    vm.recount();
    assertThat(vm.counts())
        .containsExactlyInAnyOrder(
            new CurationViewModel.Count("train", MapClass.DIVIDER, 2),
            new CurationViewModel.Count("train", MapClass.BOUNDARY, 1),
            new CurationViewModel.Count("val", MapClass.DIVIDER, 1));

    vm.setMinConfidence(0.5); // drops the boundary
    vm.areaNames().add("near"); // drops #6, 500 m away
    vm.recount();
    assertThat(vm.total("train")).isEqualTo(1);
    assertThat(vm.total("val")).isEqualTo(1);

    vm.states().add(ReviewState.AUTO);
    vm.classes().remove(MapClass.DIVIDER);
    vm.recount();
    assertThat(vm.counts())
        .containsExactly(new CurationViewModel.Count("train", MapClass.STOP_LINE, 1));
  }

  @Test
  void theDefinitionJsonHoldsTheFilterSplitAndCounts() throws Exception {
    CurationViewModel vm = new CurationViewModel();
    vm.setSource(map(), List.of());
    vm.validationDrives().add("b");
    vm.recount();
    JsonNode d = new ObjectMapper().readTree(vm.definitionJson());
    assertThat(d.get("review_states").toString()).isEqualTo("[\"corrected\",\"verified\"]");
    assertThat(d.get("split").get("by").asText()).isEqualTo("drive");
    assertThat(d.get("split").get("validation_drives").get(0).asText()).isEqualTo("b");
    assertThat(d.get("counts").get("train").get("divider").asInt()).isEqualTo(2);
    assertThat(d.get("counts").get("val").get("divider").asInt()).isEqualTo(1);
    assertThat(vm.sourceDrives()).containsExactly("a", "b");
  }

  @Test
  void followingTheMapCountsEachEditAsAFullRecountWould() {
    CurationViewModel vm = new CurationViewModel();
    MapModel m = MapModel.of(map());
    vm.follow(m, List.of());
    assertThat(vm.total("train")).isEqualTo(4);
    m.apply(
        new MapDelta(
            false,
            List.of(
                p(7, MapClass.DIVIDER, ReviewState.VERIFIED, 0.9, "c", 0),
                p(1, MapClass.DIVIDER, ReviewState.REJECTED, 0.9, "a", 0)),
            java.util.Set.of(2L)));
    assertThat(vm.total("train")).isEqualTo(3); // 3, 6, 7
    assertThat(vm.sourceDrives()).containsExactly("a", "c"); // b's only primitive went
    List<CurationViewModel.Count> followed = List.copyOf(vm.counts());
    vm.recount();
    assertThat(vm.counts()).containsExactlyInAnyOrderElementsOf(followed);
  }
}
