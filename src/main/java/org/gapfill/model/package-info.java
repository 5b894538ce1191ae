/**
 * The gapfill model: a MASON {@code SimState} of a city in which a municipality, civil-society
 * organisations, volunteers and illegalised migrants co-produce welfare week by week. It is a
 * library: it reads no files, draws nothing and parses no command lines, so tests, the command
 * line, experiments and the GUI all run the same model. Its empirical ground is Ataç and
 * Schilliger's chapter on CSOs in Bern and Vienna (Table 14.1, sections 3 and 4).
 */
package org.gapfill.model;
