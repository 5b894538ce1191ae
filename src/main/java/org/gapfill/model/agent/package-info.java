/**
 * The agents and their weekly mechanisms: migrants (stored column-wise), the municipality and
 * its public services, CSOs of the three types of Table 14.1 with their casework and volunteer
 * pools, and the population's arrivals and departures.
 */
package org.gapfill.model.agent;
