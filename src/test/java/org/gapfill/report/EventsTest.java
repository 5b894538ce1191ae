package org.gapfill.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Events of replicate 1 become one marker per week; endogenous-only weeks are dashed. */
class EventsTest {
  @TempDir
  Path dir;

  @Test
  void replicateOneOnlyOneMarkerPerWeekAndDashedEndogenousWeeks() throws Exception {
    Files.writeString(dir.resolve("events.csv"), """
        replicate,week,type,detail
        1,52,narrowEligibility,"rejected [housing, subsistence] -> excluded"
        1,52,setDiscretion,discretion 0.2
        1,80,csoClosed,"Clinic: reserve exhausted"
        2,90,fundingCut,civic grants -50%
        """);
    List<Events.Event> events = Events.read(dir);
    assertEquals(3, events.size(), "replicate 2 is left out");
    assertEquals("rejected [housing, subsistence] -> excluded", events.get(0).detail());
    List<Charts.EventMark> marks = Events.marks(events);
    assertEquals(2, marks.size());
    assertEquals("narrowEligibility, setDiscretion", marks.get(0).label());
    assertFalse(marks.get(0).dashed());
    assertTrue(marks.get(1).dashed(), "a CSO closing is not a policy event");
    assertEquals(List.of("week 52: narrowEligibility — rejected [housing, subsistence] -> excluded",
        "week 52: setDiscretion — discretion 0.2"), Events.timeline(events));
  }

  @Test
  void aRunWithoutEventsHasNoMarkers() {
    assertTrue(Events.marks(Events.read(dir)).isEmpty());
  }
}
