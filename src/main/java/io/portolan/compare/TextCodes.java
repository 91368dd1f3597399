package io.portolan.compare;

import java.util.HashMap;
import java.util.Map;

/** Numbers for texts, 0, 1, 2 and on in the order they are first asked for: equal texts get equal numbers. */
final class TextCodes {

    private final Map<String, Integer> codes = new HashMap<>();

    /** The text's number, given now when it has none yet. */
    int code(String text) {
        Integer code = codes.get(text);
        if (code == null) {
            code = codes.size();
            codes.put(text, code);
        }
        return code;
    }
}
