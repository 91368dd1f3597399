package io.portolan.io.export.objects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The names given so far, each with the thing it names, so that two things never share a name. A design's two
 * things that clean to one name (the nodes {@code Store Front} and {@code Store-Front}) are a problem for the user
 * to solve by renaming one; names made from content (a group of sources, a service) never collide, since equal
 * content is one object.
 */
final class ObjectNames {

    private static final int MAX_PROBLEMS = 20;

    private final ObjectNaming naming;
    /** Taken names, in upper case (some platforms ignore case), with what each names in the user's words. */
    private final Map<String, String> owners = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    ObjectNames(ObjectNaming naming) {
        this.naming = naming;
    }

    ObjectNaming naming() {
        return naming;
    }

    /** Takes a name for a thing of the design; a name already taken is noted as a problem and returned all the same. */
    String claim(String name, String owner) {
        String previous = owners.putIfAbsent(key(name), owner);
        if (previous != null && !previous.equals(owner) && problems.size() < MAX_PROBLEMS) {
            problems.add("objects: " + previous + " and " + owner + " would both be named " + name
                    + " on the firewall; rename one of them");
        }
        return name;
    }

    /** True when the name is taken. */
    boolean taken(String name) {
        return owners.containsKey(key(name));
    }

    /**
     * A name made from content: {@code words} when it fits, else its first part, the number of parts and a hash of
     * the whole ({@code GRP_VDA_17_12_K3F9QZ}), so that the same content always gets the same name. A name already
     * taken by something else is hashed again.
     */
    String contentName(String head, List<String> parts, String owner) {
        String whole = head + "_" + String.join("_", parts);
        String name = naming.fit(whole, "");
        if (whole.length() + naming.prefix().length() > ObjectNaming.MAX_LENGTH || taken(name)) {
            for (int salt = 0; ; salt++) {
                String tail = "_" + parts.size() + "_" + hash(whole + (salt == 0 ? "" : "#" + salt));
                name = naming.fit(head + "_" + parts.get(0), tail);
                if (!taken(name)) {
                    break;
                }
            }
        }
        return claim(name, owner);
    }

    /** Fails with every problem noted, if there is one. */
    void check() throws ObjectNameException {
        if (!problems.isEmpty()) {
            throw new ObjectNameException(problems);
        }
    }

    private static String key(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    /** Six base-36 digits of a CRC-32: stable from run to run, unlike String.hashCode's spread across versions. */
    private static String hash(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String digits = Long.toString(crc.getValue(), 36).toUpperCase(Locale.ROOT);
        return ("000000" + digits).substring(digits.length());
    }
}
