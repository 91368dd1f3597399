package io.portolan.engine;

import io.portolan.catalog.PortRule;
import io.portolan.model.Node;

/**
 * A direct access a gateway stands in for: a rule that would have given a client on the internet a flow to a
 * server, left out because a gateway the rule names is placed (the client goes through the gateway instead).
 *
 * @param rule the rule of the direct access
 * @param client the client on the internet
 * @param server one of the servers it would have reached
 */
record StandIn(PortRule rule, Node client, Node server) {
}
