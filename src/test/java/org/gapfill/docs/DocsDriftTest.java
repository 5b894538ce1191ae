package org.gapfill.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gapfill.model.metrics.Metric;
import org.gapfill.output.MetricsDictionary;
import org.gapfill.scenario.Catalog;
import org.junit.jupiter.api.Test;

/** The reference documents in docs/ are exactly what the code generates. */
class DocsDriftTest {
  private static final String HOW = "; regenerate with ./gapfill describe --markdown > "
      + "docs/scenario-reference.md and ./gapfill describe --metrics > docs/metrics.md";

  @Test
  void scenarioReferenceMatchesTheParameterDeclarations() throws IOException {
    String file = Files.readString(Path.of("docs/scenario-reference.md"));
    assertEquals(Catalog.markdown(), file, "docs/scenario-reference.md is out of date" + HOW);
  }

  @Test
  void metricsDictionaryMatchesTheMetricColumns() throws IOException {
    String file = Files.readString(Path.of("docs/metrics.md"));
    assertEquals(MetricsDictionary.markdown(), file, "docs/metrics.md is out of date" + HOW);
    for (Metric m : Metric.values()) {
      assertTrue(file.contains("`" + m.column() + "`"), m.column() + " is documented");
    }
  }

  @Test
  void describeListsEveryLeafThatTheReferenceDocuments() {
    String reference = Catalog.markdown();
    for (Catalog.Leaf leaf : Catalog.defaults()) {
      assertTrue(reference.contains("| `" + leaf.path() + "` |"), leaf.path());
      assertTrue(!leaf.meaning().isBlank(), leaf.path() + " has a meaning");
    }
  }
}
