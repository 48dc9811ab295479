package dev.mapsmith.reconstruction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mapsmith.reconstruction.vector.ChainConfig;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigFingerprintTest {

  @Test
  void theSameConfigurationGivesTheSameTextAndHashInEveryRun() {
    ChainConfig c = new ChainConfig(14, 20, 0.3, 0.03);
    // the canonical text and its SHA-256 (first 8 hex) are fixed: no identity or ordering of maps
    assertThat(ConfigFingerprint.json(c))
        .isEqualTo(
            "{\"maxGap\":14.0,\"maxAngleDeg\":20.0,\"lateral\":0.3,\"lateralPerMetre\":0.03}");
    assertThat(ConfigFingerprint.hash(c)).isEqualTo("4f82e6d2");
    assertThat(ReconstructionConfig.defaults().hash())
        .matches("[0-9a-f]{8}")
        .isEqualTo(ReconstructionConfig.defaults().hash());
    assertThat(ReconstructionConfig.defaults().toJson())
        .isEqualTo(ReconstructionConfig.defaults().toJson())
        .doesNotContain("@");
  }

  @Test
  void changingAnyValueOfTheConfigurationChangesItsHash() throws Exception {
    ReconstructionConfig base = ReconstructionConfig.defaults();
    List<Record> variants = new ArrayList<>();
    perturbEach(base, variants);
    assertThat(variants).hasSizeGreaterThan(80); // every number and switch of every stage
    String hash = base.hash();
    for (Record v : variants) {
      assertThat(ConfigFingerprint.hash(v)).as("%s", v).isNotEqualTo(hash);
    }
  }

  /** Adds to {@code out} one copy of {@code r} per leaf value, with that value changed. */
  static void perturbEach(Record r, List<Record> out) throws Exception {
    RecordComponent[] cs = r.getClass().getRecordComponents();
    for (int i = 0; i < cs.length; i++) {
      cs[i].getAccessor().setAccessible(true);
      Object v = cs[i].getAccessor().invoke(r);
      if (v instanceof Record nested) {
        List<Record> inner = new ArrayList<>();
        perturbEach(nested, inner);
        for (Record n : inner) {
          out.add(with(r, i, n));
        }
      } else if (v instanceof Double d) {
        out.add(with(r, i, d == 0 ? 1.0 : d * 1.25));
      } else if (v instanceof Integer n) {
        out.add(with(r, i, n + 1));
      } else if (v instanceof Boolean b) {
        out.add(with(r, i, !b));
      }
    }
  }

  private static Record with(Record r, int index, Object value) throws Exception {
    RecordComponent[] cs = r.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[cs.length];
    Object[] args = new Object[cs.length];
    for (int i = 0; i < cs.length; i++) {
      types[i] = cs[i].getType();
      args[i] = i == index ? value : cs[i].getAccessor().invoke(r);
    }
    var ctor = r.getClass().getDeclaredConstructor(types);
    ctor.setAccessible(true);
    return (Record) ctor.newInstance(args);
  }
}
