package io.portolan.io.export.objects;

import java.text.Normalizer;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How object names are made: a design's words cleaned into a name every platform accepts, with a prefix and a case.
 * A name is at most {@link #MAX_LENGTH} characters of ASCII letters, digits and underscores ({@code -} only in a port
 * range), starts with a letter, and is none of the words Capirca's policy language reserves. These limits hold on
 * Cisco ASA and IOS, Palo Alto (31 characters for a zone), Juniper SRX, nftables sets and Capirca's own tokens.
 *
 * @param prefix put before every object name ({@code PTL_}); empty for none
 * @param nameCase the case of every name
 */
public record ObjectNaming(String prefix, NameCase nameCase) {

    /** The longest name: Palo Alto's limit for a zone, which leaves room for the suffixes Capirca adds to objects. */
    public static final int MAX_LENGTH = 31;
    /** The longest prefix, so that a name keeps room for what it names. */
    public static final int MAX_PREFIX = 12;
    /** Upper-case names without a prefix. */
    public static final ObjectNaming DEFAULT = new ObjectNaming("", NameCase.UPPER);

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Words of Capirca's policy language that cannot name an object, and its DSCP names; Capirca reads them in lower case only. */
    private static final Set<String> RESERVED = Set.of("action", "address", "address-book-key", "apply-groups",
            "apply-groups-except", "comment", "counter", "destination-address", "destination-exclude", "destination-port",
            "destination-prefix", "encapsulate", "ether-type", "expiration", "filter-term", "flexible-match-range",
            "forwarding-class", "forwarding-class-except", "fragment-offset", "header", "hop-limit", "icmp-code",
            "icmp-type", "logging", "log-limit", "log-name", "loss-priority", "next-ip", "option", "owner", "packet-length",
            "platform", "platform-exclude", "policer", "port", "port-mirror", "precedence", "protocol", "protocol-except",
            "qos", "routing-instance", "source-address", "source-exclude", "source-port", "source-prefix", "target",
            "target-resources", "target-service-accounts", "term", "timeout", "traffic-class-count", "traffic-type",
            "ttl", "verbatim", "vpn", "be", "ef");
    private static final Pattern DSCP = Pattern.compile("b[01]{6}|af[1-4][1-3]|cs[0-7]");

    public ObjectNaming {
        Objects.requireNonNull(nameCase, "nameCase");
        prefix = prefix == null ? "" : prefix.trim();
    }

    /**
     * The naming, checked.
     *
     * @throws IllegalArgumentException saying what a prefix must look like, when it does not
     */
    public static ObjectNaming of(String prefix, NameCase nameCase) {
        String text = prefix == null ? "" : prefix.trim();
        if (!text.isEmpty() && (!PREFIX.matcher(text).matches() || text.length() > MAX_PREFIX)) {
            throw new IllegalArgumentException("the object name prefix '" + prefix + "' must start with a letter and hold at most "
                    + MAX_PREFIX + " letters, digits and underscores, e.g. PTL_");
        }
        return new ObjectNaming(text, nameCase);
    }

    /**
     * The name for a thing called {@code words} with a suffix ({@code _OUT}, {@code _2}; empty for none): the words
     * cleaned, cut so that prefix, words and suffix fit {@link #MAX_LENGTH}, in the naming's case.
     *
     * @param fallback what to use when the words hold nothing a name can keep (a name written only in CJK letters)
     */
    public String name(String words, String suffix, String fallback) {
        String base = clean(words);
        if (base.isEmpty()) {
            base = clean(fallback);
        }
        if (base.isEmpty() || !Character.isLetter(base.charAt(0)) && prefix.isEmpty()) {
            base = "N_" + base;
        }
        return fit(base, suffix);
    }

    /** The prefix, words and suffix in the naming's case, the words cut to fit; the words must be clean already. */
    public String fit(String base, String suffix) {
        int room = MAX_LENGTH - prefix.length() - suffix.length();
        String cut = base.length() > room ? trimUnderscores(base.substring(0, Math.max(1, room))) : base;
        String name = nameCase.apply(prefix + cut + suffix);
        return RESERVED.contains(name) || DSCP.matcher(name).matches()
                ? nameCase.apply(fitted(prefix + cut, "_OBJ" + suffix)) : name;
    }

    /** A zone's name as a platform's zone: cleaned, without the prefix (zones exist on the firewall already). */
    public String zone(String words, String fallback) {
        String base = clean(words);
        if (base.isEmpty()) {
            base = clean(fallback);
        }
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "Z_" + base;
        }
        return nameCase.apply(trimUnderscores(base.length() > MAX_LENGTH ? base.substring(0, MAX_LENGTH) : base));
    }

    /**
     * The words as ASCII letters, digits and single underscores: accents dropped ({@code Zürich} is {@code Zurich}),
     * everything else an underscore, none leading or trailing.
     */
    public static String clean(String words) {
        if (words == null) {
            return "";
        }
        String plain = MARKS.matcher(Normalizer.normalize(words, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder name = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            boolean keep = c < 128 && Character.isLetterOrDigit(c);
            if (keep) {
                name.append(c);
            } else if (name.length() > 0 && name.charAt(name.length() - 1) != '_') {
                name.append('_');
            }
        }
        return trimUnderscores(name.toString());
    }

    private static String fitted(String text, String suffix) {
        int room = MAX_LENGTH - suffix.length();
        return (text.length() > room ? trimUnderscores(text.substring(0, room)) : text) + suffix;
    }

    private static String trimUnderscores(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && text.charAt(from) == '_') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == '_') {
            to--;
        }
        return text.substring(from, to);
    }
}
