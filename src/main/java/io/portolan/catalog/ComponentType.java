package io.portolan.catalog;

import io.portolan.model.AddressRole;
import io.portolan.model.ZoneKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A kind of component a user can place: a StoreFront server, a Secure Client Gateway, a user device.
 *
 * @param id stable id, e.g. {@code citrix.storefront}
 * @param name name shown in the palette
 * @param vendor vendor name, e.g. {@code Citrix}; {@code Common} for shared infrastructure
 * @param product product the type belongs to, used to group the palette
 * @param category role in a deployment
 * @param icon icon name (a file in {@code icons/} without extension)
 * @param zone the zone kind the type is usually placed in
 * @param avoidZones zone kinds a reviewer should be warned about (a VDA in the DMZ); may be empty
 * @param tags tags that rules select the type by; may be empty
 * @param features switches with defaults; may be empty
 * @param hosts host names of an internet service ({@code *.digicert.com}); empty for other types
 * @param addresses the addresses a node of the type has besides its address: {@code MANAGEMENT} (an appliance's
 *     NSIP), {@code MEMBERS} (the members behind a virtual address); may be empty
 * @param settings values the administrator chooses for a node, such as a port; may be empty
 * @param description one or two sentences for the palette's tooltip; never null
 * @param source the catalog file that defines the type
 */
public record ComponentType(
        String id,
        String name,
        String vendor,
        String product,
        Category category,
        String icon,
        ZoneKind zone,
        Set<ZoneKind> avoidZones,
        List<String> tags,
        List<Feature> features,
        List<String> hosts,
        List<AddressRole> addresses,
        List<Setting> settings,
        String description,
        String source) {

    public ComponentType {
        avoidZones = Set.copyOf(avoidZones);
        tags = List.copyOf(tags);
        features = List.copyOf(features);
        hosts = List.copyOf(hosts);
        addresses = List.copyOf(addresses);
        settings = List.copyOf(settings);
    }

    /** The setting with the given id, if the type declares it. */
    public Optional<Setting> setting(String settingId) {
        return settings.stream().filter(s -> s.id().equals(settingId)).findFirst();
    }

    /** The feature with the given id, if the type declares it. */
    public Optional<Feature> feature(String featureId) {
        for (Feature feature : features) {
            if (feature.id().equals(featureId)) {
                return Optional.of(feature);
            }
        }
        return Optional.empty();
    }

    /** True when the type declares the feature. */
    public boolean hasFeature(String featureId) {
        return feature(featureId).isPresent();
    }

    /** True when the type carries the tag. */
    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }

    /** Ids of the features that are on for a newly placed node, in declaration order. */
    public List<String> defaultFeatures() {
        return features.stream().filter(Feature::defaultOn).map(Feature::id).toList();
    }
}
