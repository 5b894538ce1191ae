package org.gapfill.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gapfill.model.Params;
import org.junit.jupiter.api.Test;

/** Every shipped scenario validates and says where its numbers come from. */
class ShippedScenariosTest {
  private static final List<String> SHIPPED = List.of("vienna-2015-baseline", "vienna-2020-narrowing",
      "bern-2020-city-for-all", "bern-municipal-id", "funding-cut", "volunteer-exodus",
      "lockdown-2020", "classroom");

  @Test
  void everyShippedScenarioValidatesAndCitesItsSources() throws Exception {
    for (String name : SHIPPED) {
      Path f = Path.of("scenarios", name + ".yaml");
      assertTrue(Files.exists(f), f + " is shipped");
      Params p = ScenarioLoader.load(f);
      assertFalse(p.csos.isEmpty(), name + " has organisations");
      String text = Files.readString(f);
      assertTrue(text.startsWith("#"), name + " starts with a header comment");
      assertTrue(text.contains("Ata") || text.contains("extends"), name + " cites the chapter or its parent");
    }
  }

  @Test
  void everyYamlFileInScenariosValidates() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
      List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).toList();
      assertTrue(yaml.size() >= SHIPPED.size());
      for (Path f : yaml) {
        try {
          ScenarioLoader.load(f);
        } catch (ScenarioException e) {
          throw new AssertionError(f + " does not validate: " + e.errors(), e);
        }
      }
    }
  }

  @Test
  void variantsAreBuiltWithExtends() throws IOException {
    for (String name : List.of("vienna-2020-narrowing", "funding-cut", "volunteer-exodus",
        "lockdown-2020", "bern-municipal-id")) {
      String text = Files.readString(Path.of("scenarios", name + ".yaml"));
      assertTrue(text.contains("\nextends: "), name + " extends another scenario");
    }
    assertEquals(8, SHIPPED.size());
  }
}
