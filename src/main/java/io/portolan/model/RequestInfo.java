package io.portolan.model;

/**
 * What the change-request workbook says about the request; each field may be empty, never null.
 *
 * @param title what the change is, e.g. {@code Citrix remote access for Contoso}
 * @param requester who asks for it
 * @param changeReference the change ticket, e.g. {@code CHG0012345}
 * @param environment production, test, ...
 * @param description free text for the firewall team
 */
public record RequestInfo(String title, String requester, String changeReference, String environment, String description) {

    public static final RequestInfo EMPTY = new RequestInfo("", "", "", "", "");

    public RequestInfo {
        title = title == null ? "" : title;
        requester = requester == null ? "" : requester;
        changeReference = changeReference == null ? "" : changeReference;
        environment = environment == null ? "" : environment;
        description = description == null ? "" : description;
    }
}
