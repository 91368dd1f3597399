package io.portolan.catalog;

/**
 * A switch on a component type, such as {@code ssl} or {@code edt}; port rules with a condition
 * apply only while the feature is on.
 *
 * @param id stable id used by conditions and design files
 * @param name label shown in the inspector
 * @param defaultOn whether a newly placed node has it on
 * @param description what switching it on means; never null, may be empty
 */
public record Feature(String id, String name, boolean defaultOn, String description) {
}
