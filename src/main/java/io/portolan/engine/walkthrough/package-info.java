/**
 * The walkthrough: which of the catalog's connection sequences apply to a design, and for each step the flows of the
 * analysis that carry it, the firewalls they pass, or what the design lacks to carry it. Worked out from a
 * {@link io.portolan.engine.FlowAnalysis}, never by deriving flows again.
 */
package io.portolan.engine.walkthrough;
