/**
 * The referral network of CSOs and public services: ties with strengths and holders, weekly
 * snapshots, and the fragility measures computed on them (giant component, Schneider
 * robustness, articulation points, triage reach).
 */
package org.gapfill.model.network;
