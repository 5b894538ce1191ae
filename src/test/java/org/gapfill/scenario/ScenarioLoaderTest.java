package org.gapfill.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.gapfill.model.CityModel;
import org.gapfill.model.DefaultCity;
import org.gapfill.model.Domain;
import org.gapfill.model.Eligibility;
import org.gapfill.model.LegalStatus;
import org.gapfill.model.Params;
import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.agent.CsoType;
import org.gapfill.model.agent.Skill;
import org.gapfill.model.agent.TieHolder;
import org.gapfill.model.metrics.Metric;
import org.gapfill.model.policy.PolicyEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenario files bind to parameters as DESIGN §2 says: extends, type defaults, --set paths. */
class ScenarioLoaderTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static final String BASE = """
      name: Base city
      horizonWeeks: 300
      municipality:
        discretion: 0.5
      csos:
        - name: AmberMed
          type: civic
          domains: [health]
          volunteers: 70
        - name: Caritas
          type: institutional
          domains: [subsistence, housing]
      events:
        - {at: 100, type: setDiscretion, value: 0.4}
      """;

  @Test
  void fieldsLeftOutTakeTheDefaultsOfTheCsoType() throws Exception {
    Params p = ScenarioLoader.load(write("base.yaml", BASE));
    CsoParams amber = p.csos.get(0);
    assertEquals(70, amber.volunteers);
    assertEquals(CsoType.CIVIC.defaults().grantPerWeek, amber.grantPerWeek);
    CsoParams caritas = p.csos.get(1);
    assertEquals(CsoType.INSTITUTIONAL.defaults().professionalsFte, caritas.professionalsFte);
    assertEquals(TieHolder.ORG, caritas.publicTieHolder);
    assertEquals(EnumSet.of(Domain.SUBSISTENCE, Domain.HOUSING), caritas.domains);
  }

  @Test
  void extendsOverridesValuesAndAppendsListsReplacingCsosOfTheSameName() throws Exception {
    write("base.yaml", BASE);
    Path child = write("child.yaml", """
        extends: base.yaml
        name: Child city
        municipality:
          reportingDuty: true
        csos:
          - name: AmberMed
            type: civic
            domains: [health, psychosocial]
          - name: Medina
            type: autonomous
            domains: [subsistence]
        events:
          - {at: 150, type: fundingCut, target: civic, fraction: 0.5}
        """);
    Params p = ScenarioLoader.load(child);
    assertEquals("Child city", p.name);
    assertEquals(300, p.horizonWeeks, "inherited");
    assertEquals(0.5, p.municipality.discretion, "inherited");
    assertTrue(p.municipality.reportingDuty, "overridden");
    assertEquals(List.of("AmberMed", "Caritas", "Medina"), p.csos.stream().map(c -> c.name).toList());
    assertEquals(CsoType.CIVIC.defaults().volunteers, p.csos.get(0).volunteers, "replaced, not merged");
    assertEquals(EnumSet.of(Domain.HEALTH, Domain.PSYCHOSOCIAL), p.csos.get(0).domains);
    assertEquals(2, p.events.size());
    assertEquals(new PolicyEvent.SetDiscretion(100, 0.4), p.events.get(0));
    assertEquals(new PolicyEvent.FundingCut(150, "civic", 0.5), p.events.get(1));
  }

  @Test
  void dottedOverridesReachEveryKindOfPath() throws Exception {
    Params p = ScenarioLoader.load(write("base.yaml", BASE), List.of(
        "municipality.discretion=0.2",
        "csos[AmberMed].grantPerWeek=0",
        "csos[Caritas].domains=[legal]",
        "municipality.eligibility.rejected.housing=excluded",
        "migrants.needRatesPerWeek.health=0.05",
        "csos[AmberMed].volunteerSkills={medical: 0.5, general: 0.4}",
        "behaviour.tieFloor=0.1",
        "municipality.politics.enabled=true"));
    assertEquals(0.2, p.municipality.discretion);
    assertEquals(0, p.csos.get(0).grantPerWeek);
    assertEquals(EnumSet.of(Domain.LEGAL), p.csos.get(1).domains);
    assertEquals(Eligibility.EXCLUDED,
        p.municipality.eligibility[LegalStatus.REJECTED.ordinal()][Domain.HOUSING.ordinal()]);
    assertEquals(0.05, p.migrants.needRatesPerWeek[Domain.HEALTH.ordinal()]);
    assertEquals(0.5, p.csos.get(0).volunteerSkills[Skill.MEDICAL.ordinal()]);
    assertEquals(0.1, p.behaviour.tieFloor);
    assertTrue(p.municipality.politics.enabled);
  }

  @Test
  void anOverrideOfTheHorizonIsCheckedAgainstTheEvents() throws Exception {
    Path base = write("base.yaml", BASE);
    ScenarioException e = assertThrows(ScenarioException.class,
        () -> ScenarioLoader.load(base, List.of("horizonWeeks=50")));
    assertEquals(1, e.errors().size());
    assertEquals("events[0].at", e.errors().get(0).path());
    assertEquals(14, e.errors().get(0).line());
  }

  @Test
  void theNameDefaultsToTheFileName() throws Exception {
    Params p = ScenarioLoader.load(write("my-city.yaml", "horizonWeeks: 10\n"));
    assertEquals("my-city", p.name);
  }

  @Test
  void aCsoFoundedByAnEventCanBeTargetedLater() throws Exception {
    Params p = ScenarioLoader.load(write("entry.yaml", """
        events:
          - at: 10
            type: csoEntry
            cso: {name: Medina, type: autonomous, domains: [subsistence]}
          - {at: 20, type: csoExit, name: Medina}
        """));
    assertEquals(2, p.events.size());
    assertEquals("Medina", ((PolicyEvent.CsoEntry) p.events.get(0)).cso().name);
  }

  /** The resolved file is a fixpoint and reproduces the run of the parameters it came from. */
  @Test
  void theWrittenScenarioLoadsBackToTheSameParametersAndRun() throws Exception {
    Params p = DefaultCity.params();
    p.scale = 0.1;
    p.horizonWeeks = 60;
    p.events.add(new PolicyEvent.NarrowEligibility(10, LegalStatus.REJECTED,
        EnumSet.of(Domain.HOUSING), Eligibility.EXCLUDED));
    p.events.add(new PolicyEvent.VolunteerShock(20, 0.3, EnumSet.of(Skill.MEDICAL), "civic"));
    p.events.add(new PolicyEvent.CsoEntry(30, CsoParams.ofType("Medina \"new\"", CsoType.AUTONOMOUS,
        Domain.SUBSISTENCE)));
    p.events.add(new PolicyEvent.Lockdown(40, 6, 0.4, 0.6));
    p.ties.add(new Params.TieParams("Drop-in centre", "public.health", 0.7, TieHolder.ORG));
    String text = ScenarioWriter.write(p, "test");
    Params back = ScenarioLoader.load(write("resolved.yaml", text));
    assertEquals(text, ScenarioWriter.write(back, "test"));
    CityModel a = new CityModel(p, 5);
    a.runToEnd();
    CityModel b = new CityModel(back, 5);
    b.runToEnd();
    for (Metric m : Metric.values()) {
      assertArrayEquals(a.recorder().series(m), b.recorder().series(m), m.column());
    }
  }
}
