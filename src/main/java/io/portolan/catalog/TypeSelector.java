package io.portolan.catalog;

/**
 * One end of a port rule: a component type id ({@code citrix.storefront}) or a tag selecting
 * several types ({@code tag:citrix-component}).
 *
 * @param text the selector as written in the catalog file
 */
public record TypeSelector(String text) {

    public static final String TAG_PREFIX = "tag:";

    /** True when the selector names a tag. */
    public boolean isTag() {
        return text.startsWith(TAG_PREFIX);
    }

    /** The tag name without the prefix; only meaningful when {@link #isTag()}. */
    public String tag() {
        return text.substring(TAG_PREFIX.length());
    }

    /** True when the type is selected. */
    public boolean matches(ComponentType type) {
        return isTag() ? type.hasTag(tag()) : type.id().equals(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
