package org.gapfill.model.agent;

import ec.util.MersenneTwisterFast;
import org.gapfill.model.Domain;
import org.gapfill.model.LegalStatus;

/**
 * The illegalised migrants of the city, stored column-wise: migrant {@code i} is the i-th entry
 * of every array. A city may hold a million of them, so there is no object per migrant and no
 * allocation per migrant-week; leaving migrants are swap-removed, so indices are only stable
 * within a week.
 */
public final class Migrants implements java.io.Serializable {
  /** Known CSOs a migrant keeps in memory. */
  public static final int KNOWN_SLOTS = 3;
  /** Severity weights 1, 2, 4 turn severities into need units (DESIGN §1.7). */
  private static final int[] UNITS = {0, 1, 2, 4};

  private int size;
  private int nextId;
  private final int contactsPerMigrant;
  /** A stable id per migrant, unique over the run (indices change when others leave). */
  int[] id;
  byte[] status;
  int[] weeksInCity;
  /** Severity 0..3 by migrant × domain. */
  byte[] severity;
  /** Weeks waiting by migrant × domain (0 when no need is open). */
  short[] waitWeeks;
  float[] fear;
  float[] trustCity;
  /** Known CSO indices by migrant × slot, −1 when empty. */
  short[] knownCso;
  float[] knownTrust;
  /** Contacts by migrant × slot: positions of other migrants (word of mouth). */
  int[] contacts;
  /** Weeks left in a pending regularisation procedure, 0 when none. */
  short[] legalCaseWeeks;
  /** A follow-up appointment: the CSO that expects the migrant back for health, −1 when none. */
  short[] appointment;
  /** Network node of the provider last contacted, −1 when none (for displays). */
  short[] lastProvider;
  /** Marked for removal by deportation at the end of the week. */
  boolean[] detected;

  public Migrants(int capacity, int contactsPerMigrant) {
    this.contactsPerMigrant = contactsPerMigrant;
    allocate(Math.max(16, capacity));
  }

  private void allocate(int cap) {
    id = grow(id, cap);
    status = grow(status, cap);
    weeksInCity = grow(weeksInCity, cap);
    severity = grow(severity, cap * Domain.COUNT);
    waitWeeks = grow(waitWeeks, cap * Domain.COUNT);
    fear = grow(fear, cap);
    trustCity = grow(trustCity, cap);
    knownCso = grow(knownCso, cap * KNOWN_SLOTS, (short) -1);
    knownTrust = grow(knownTrust, cap * KNOWN_SLOTS);
    contacts = grow(contacts, cap * contactsPerMigrant);
    legalCaseWeeks = grow(legalCaseWeeks, cap);
    lastProvider = grow(lastProvider, cap, (short) -1);
    appointment = grow(appointment, cap, (short) -1);
    detected = grow(detected, cap);
  }

  /** Number of migrants in the city. */
  public int size() {
    return size;
  }

  public int contactsPerMigrant() {
    return contactsPerMigrant;
  }

  /** Adds a migrant with no needs and no known providers; returns its index. */
  public int add(LegalStatus s, float fearValue, float trustValue) {
    if (size == status.length) {
      allocate(status.length * 2);
    }
    int i = size++;
    id[i] = nextId++;
    status[i] = (byte) s.ordinal();
    weeksInCity[i] = 0;
    fear[i] = fearValue;
    trustCity[i] = trustValue;
    legalCaseWeeks[i] = 0;
    lastProvider[i] = -1;
    appointment[i] = -1;
    detected[i] = false;
    int base = i * Domain.COUNT;
    for (int d = 0; d < Domain.COUNT; d++) {
      severity[base + d] = 0;
      waitWeeks[base + d] = 0;
    }
    int k = i * KNOWN_SLOTS;
    for (int j = 0; j < KNOWN_SLOTS; j++) {
      knownCso[k + j] = -1;
      knownTrust[k + j] = 0f;
    }
    return i;
  }

  /** Removes migrant i by moving the last one into its place. */
  public void remove(int i) {
    int last = --size;
    if (i == last) {
      return;
    }
    id[i] = id[last];
    status[i] = status[last];
    weeksInCity[i] = weeksInCity[last];
    fear[i] = fear[last];
    trustCity[i] = trustCity[last];
    legalCaseWeeks[i] = legalCaseWeeks[last];
    lastProvider[i] = lastProvider[last];
    appointment[i] = appointment[last];
    detected[i] = detected[last];
    System.arraycopy(severity, last * Domain.COUNT, severity, i * Domain.COUNT, Domain.COUNT);
    System.arraycopy(waitWeeks, last * Domain.COUNT, waitWeeks, i * Domain.COUNT, Domain.COUNT);
    System.arraycopy(knownCso, last * KNOWN_SLOTS, knownCso, i * KNOWN_SLOTS, KNOWN_SLOTS);
    System.arraycopy(knownTrust, last * KNOWN_SLOTS, knownTrust, i * KNOWN_SLOTS, KNOWN_SLOTS);
    System.arraycopy(contacts, last * contactsPerMigrant, contacts, i * contactsPerMigrant,
        contactsPerMigrant);
  }

  // --- reading ---

  /** The stable id of migrant i. */
  public int id(int i) {
    return id[i];
  }

  public LegalStatus status(int i) {
    return LegalStatus.of(status[i]);
  }

  public int statusIndex(int i) {
    return status[i];
  }

  public int severity(int i, int domain) {
    return severity[i * Domain.COUNT + domain];
  }

  /** Need units of migrant i's open need in a domain (0, 1, 2 or 4). */
  public int units(int i, int domain) {
    return UNITS[severity[i * Domain.COUNT + domain]];
  }

  /** Need units of a severity. */
  public static int unitsOf(int severity) {
    return UNITS[severity];
  }

  public int waitWeeks(int i, int domain) {
    return waitWeeks[i * Domain.COUNT + domain];
  }

  public float fear(int i) {
    return fear[i];
  }

  public float trustCity(int i) {
    return trustCity[i];
  }

  public int weeksInCity(int i) {
    return weeksInCity[i];
  }

  public int legalCaseWeeks(int i) {
    return legalCaseWeeks[i];
  }

  public int lastProvider(int i) {
    return lastProvider[i];
  }

  /** The CSO of a pending follow-up appointment, or −1. */
  public int appointment(int i) {
    return appointment[i];
  }

  public void setAppointment(int i, int cso) {
    appointment[i] = (short) cso;
  }

  public boolean detected(int i) {
    return detected[i];
  }

  /** The CSO in a known slot, or −1. */
  public int knownCso(int i, int slot) {
    return knownCso[i * KNOWN_SLOTS + slot];
  }

  public float knownTrust(int i, int slot) {
    return knownTrust[i * KNOWN_SLOTS + slot];
  }

  public int contact(int i, int slot) {
    return contacts[i * contactsPerMigrant + slot];
  }

  /** Whether migrant i has an open need in any of the given domains. */
  public boolean hasOpen(int i, int domainA, int domainB) {
    int base = i * Domain.COUNT;
    return severity[base + domainA] > 0 || severity[base + domainB] > 0;
  }

  // --- writing ---

  public void setSeverity(int i, int domain, int value) {
    int k = i * Domain.COUNT + domain;
    severity[k] = (byte) value;
    if (value == 0) {
      waitWeeks[k] = 0;
    }
  }

  public void incrementWait(int i, int domain) {
    int k = i * Domain.COUNT + domain;
    if (waitWeeks[k] < Short.MAX_VALUE) {
      waitWeeks[k]++;
    }
  }

  public void setStatus(int i, LegalStatus s) {
    status[i] = (byte) s.ordinal();
  }

  public void ageOneWeek(int i) {
    weeksInCity[i]++;
  }

  public void setFear(int i, double value) {
    fear[i] = (float) clamp01(value);
  }

  public void setTrustCity(int i, double value) {
    trustCity[i] = (float) clamp01(value);
  }

  public void setLegalCaseWeeks(int i, int weeks) {
    legalCaseWeeks[i] = (short) weeks;
  }

  public void setLastProvider(int i, int node) {
    lastProvider[i] = (short) node;
  }

  public void markDetected(int i) {
    detected[i] = true;
  }

  public void setContact(int i, int slot, int other) {
    contacts[i * contactsPerMigrant + slot] = other;
  }

  /**
   * Remembers a CSO with a trust value: refreshes it if known, else fills an empty slot, else
   * replaces the least trusted one.
   */
  public void learn(int i, int cso, double trust) {
    int base = i * KNOWN_SLOTS;
    int weakest = base;
    for (int k = base; k < base + KNOWN_SLOTS; k++) {
      if (knownCso[k] == cso) {
        knownTrust[k] = (float) Math.max(knownTrust[k], trust);
        return;
      }
      if (knownCso[k] < 0) {
        knownCso[k] = (short) cso;
        knownTrust[k] = (float) clamp01(trust);
        return;
      }
      if (knownTrust[k] < knownTrust[weakest]) {
        weakest = k;
      }
    }
    if (trust > knownTrust[weakest]) {
      knownCso[weakest] = (short) cso;
      knownTrust[weakest] = (float) clamp01(trust);
    }
  }

  /** Changes the trust in a known CSO by delta; does nothing if the CSO is not known. */
  public void adjustTrust(int i, int cso, double delta) {
    int base = i * KNOWN_SLOTS;
    for (int k = base; k < base + KNOWN_SLOTS; k++) {
      if (knownCso[k] == cso) {
        knownTrust[k] = (float) clamp01(knownTrust[k] + delta);
        return;
      }
    }
  }

  /** Forgets a CSO (it closed). */
  public void forget(int i, int cso) {
    int base = i * KNOWN_SLOTS;
    for (int k = base; k < base + KNOWN_SLOTS; k++) {
      if (knownCso[k] == cso) {
        knownCso[k] = -1;
        knownTrust[k] = 0f;
      }
    }
  }

  /**
   * Wires the word-of-mouth graph of migrants [from, size) as a Watts-Strogatz small world: each
   * links to its ring neighbours, and each link is rewired to a random migrant with probability
   * {@code rewiring}; communities are clustered but news travels far.
   */
  public void wireSmallWorld(int from, double rewiring, MersenneTwisterFast random) {
    int n = size;
    if (n < 2) {
      return;
    }
    for (int i = from; i < n; i++) {
      for (int slot = 0; slot < contactsPerMigrant; slot++) {
        int offset = slot / 2 + 1;
        int ring = (slot % 2 == 0) ? i + offset : i - offset;
        int other = Math.floorMod(ring, n);
        if (random.nextDouble() < rewiring) {
          other = random.nextInt(n);
        }
        setContact(i, slot, other == i ? (i + 1) % n : other);
      }
    }
  }

  private static double clamp01(double v) {
    return v < 0 ? 0 : (v > 1 ? 1 : v);
  }

  private static byte[] grow(byte[] a, int cap) {
    byte[] b = new byte[cap];
    if (a != null) {
      System.arraycopy(a, 0, b, 0, a.length);
    }
    return b;
  }

  private static boolean[] grow(boolean[] a, int cap) {
    boolean[] b = new boolean[cap];
    if (a != null) {
      System.arraycopy(a, 0, b, 0, a.length);
    }
    return b;
  }

  private static int[] grow(int[] a, int cap) {
    int[] b = new int[cap];
    if (a != null) {
      System.arraycopy(a, 0, b, 0, a.length);
    }
    return b;
  }

  private static short[] grow(short[] a, int cap) {
    return grow(a, cap, (short) 0);
  }

  private static short[] grow(short[] a, int cap, short fill) {
    short[] b = new short[cap];
    int from = 0;
    if (a != null) {
      System.arraycopy(a, 0, b, 0, a.length);
      from = a.length;
    }
    if (fill != 0) {
      java.util.Arrays.fill(b, from, cap, fill);
    }
    return b;
  }

  private static float[] grow(float[] a, int cap) {
    float[] b = new float[cap];
    if (a != null) {
      System.arraycopy(a, 0, b, 0, a.length);
    }
    return b;
  }
}
