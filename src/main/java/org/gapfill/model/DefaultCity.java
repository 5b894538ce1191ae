package org.gapfill.model;

import static org.gapfill.model.Domain.EDUCATION;
import static org.gapfill.model.Domain.HEALTH;
import static org.gapfill.model.Domain.HOUSING;
import static org.gapfill.model.Domain.LEGAL;
import static org.gapfill.model.Domain.PSYCHOSOCIAL;
import static org.gapfill.model.Domain.SUBSISTENCE;

import org.gapfill.model.agent.CsoParams;
import org.gapfill.model.agent.CsoType;

/**
 * The built-in city: a small Vienna-like landscape modelled on the organisations of the
 * chapter (§4): a clinic for the uninsured and a housing project (civic), a Caritas-like
 * counselling service and a drop-in centre for the homeless (institutional), and a
 * volunteer legal counselling centre (autonomous). Names are generic; shipped scenarios name
 * real organisations and cite their figures.
 */
public final class DefaultCity {
  private DefaultCity() {
  }

  /** The parameters of the built-in city: every default, plus its five organisations. */
  public static Params params() {
    Params p = new Params();
    p.name = "built-in Vienna-like city";
    p.description = "Five CSOs of the three types around six public services; no policy events.";
    // Arrivals roughly replace departures, deportations and regularisations (about 0.3% a week).
    p.migrants.arrivalsPerWeek = 45;
    // Recruitment that keeps roughly the initial volunteers at 65% annual retention, with
    // some overload among them.
    p.volunteers.recruitmentPerWeek = 2.0;
    CsoParams clinic = CsoParams.ofType("Clinic for the uninsured", CsoType.CIVIC, HEALTH);
    // AmberMed-like: 50–90 volunteer doctors, half its budget from donations (DESIGN §1.8).
    clinic.volunteers = 70;
    clinic.volunteerSkills = new double[] {0.8, 0.0, 0.1, 0.1};
    CsoParams housing = CsoParams.ofType("Housing project", CsoType.CIVIC, HOUSING, SUBSISTENCE,
        EDUCATION);
    // Ute Bock houses about 300 people (chapter §4.1).
    housing.places = 300;
    housing.professionalsFte = 4;
    // Ute Bock "relies heavily on donations" (chapter §4.1).
    housing.donationsPerWeek = 3500;
    CsoParams caritas = CsoParams.ofType("Welfare counselling", CsoType.INSTITUTIONAL,
        SUBSISTENCE, HOUSING, LEGAL, PSYCHOSOCIAL);
    CsoParams dropIn = CsoParams.ofType("Drop-in centre", CsoType.INSTITUTIONAL, HEALTH,
        HOUSING, PSYCHOSOCIAL);
    CsoParams counselling = CsoParams.ofType("Volunteer legal counselling", CsoType.AUTONOMOUS,
        LEGAL, PSYCHOSOCIAL);
    counselling.volunteers = 40;
    p.csos.add(clinic);
    p.csos.add(housing);
    p.csos.add(caritas);
    p.csos.add(dropIn);
    p.csos.add(counselling);
    return p;
  }
}
