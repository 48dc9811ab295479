package dev.mapsmith.app.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.core.map.MapClass;
import dev.mapsmith.core.map.Primitive;
import dev.mapsmith.core.map.ReviewState;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectorViewModelTest {

  private final InspectorViewModel vm = new InspectorViewModel();
  private final Primitive p = ExplorerViewModelTest.prim(7, MapClass.BOUNDARY, ReviewState.AUTO);

  @Test
  void showsFactsReadOnlyAndAttributesEditableOnlyWithAnEditor() {
    vm.setEditor(null, "needs the labeling project store");
    vm.selectedProperty().set(p);
    assertThat(vm.rows())
        .contains(new AttributeRow("id", "7", false), new AttributeRow("class", "boundary", false));
    assertThat(vm.rows()).contains(new AttributeRow("color", "white", false));
    assertThat(vm.edit("color", "yellow")).isFalse();
    assertThat(vm.editDisabledReasonProperty().get()).isEqualTo("needs the labeling project store");

    List<String> edits = new ArrayList<>();
    vm.setEditor((prim, row) -> edits.add(prim.id() + ":" + row.key() + "=" + row.value()), "");
    assertThat(vm.rows()).contains(new AttributeRow("color", "white", true));
    assertThat(vm.edit("color", "yellow")).isTrue();
    assertThat(edits).containsExactly("7:color=yellow");
  }

  @Test
  void nothingSelectedShowsNoRows() {
    vm.selectedProperty().set(p);
    vm.selectedProperty().set(null);
    assertThat(vm.rows()).isEmpty();
  }
}
