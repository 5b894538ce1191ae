package org.gapfill.experiment.sensitivity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParameterSpaceTest {
  private static final ParameterSpace SPACE =
      ParameterSpace.of(new Parameter("a", -2, 6), new Parameter("b", 10, 11));

  @Test
  void unitPointsMapToTheRanges() {
    assertArrayEquals(new double[] {-2, 10}, SPACE.fromUnit(new double[] {0, 0}), 0);
    assertArrayEquals(new double[] {6, 11}, SPACE.fromUnit(new double[] {1, 1}), 0);
    assertArrayEquals(new double[] {2, 10.25}, SPACE.fromUnit(new double[] {0.5, 0.25}), 1e-12);
    assertEquals(8, SPACE.get(0).width(), 0);
  }

  @Test
  void rejectsBadParameters() {
    assertThrows(IllegalArgumentException.class, () -> new Parameter("x", 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new Parameter("x", 2, 1));
    assertThrows(IllegalArgumentException.class, () -> new Parameter("x", Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> new Parameter("x", 0, Double.POSITIVE_INFINITY));
    assertThrows(NullPointerException.class, () -> new Parameter(null, 0, 1));
  }

  @Test
  void rejectsBadSpaces() {
    assertThrows(IllegalArgumentException.class, () -> new ParameterSpace(List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> ParameterSpace.of(new Parameter("a", 0, 1), new Parameter("a", 0, 2)));
    assertThrows(IllegalArgumentException.class, () -> SPACE.fromUnit(new double[] {0.5}));
  }

  @Test
  void spaceIsACopyOfItsList() {
    List<Parameter> list = new ArrayList<>(SPACE.parameters());
    ParameterSpace space = new ParameterSpace(list);
    list.clear();
    assertEquals(2, space.size());
    assertEquals(SPACE, space);
    assertThrows(UnsupportedOperationException.class, () -> space.parameters().clear());
  }

  @Test
  void indexTablesAreImmutable() {
    Estimate[][] cells = {{new Estimate(1, 0, 2)}};
    IndexTable table = new IndexTable(cells);
    cells[0][0] = new Estimate(9, 9, 9);
    table.estimates(0)[0] = 7;
    assertEquals(1, table.get(0, 0).estimate(), 0);
    assertEquals(1, table.metricCount());
    assertEquals(1, table.parameterCount());
  }
}
