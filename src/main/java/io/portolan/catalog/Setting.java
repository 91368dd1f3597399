package io.portolan.catalog;

/**
 * A value the administrator chooses for a component, such as the port StoreFront's peer services are pinned to;
 * a rule may take its port from it ({@code portSetting}). Today every setting is a port.
 *
 * @param id stable id used by rules and design files ({@code peer-port})
 * @param name label shown in the inspector and the request
 * @param defaultValue the value a node has until the user sets one (the document's example)
 * @param description what the value is and where it is configured; never null, may be empty
 */
public record Setting(String id, String name, int defaultValue, String description) {
}
