package io.portolan.edit;

import io.portolan.model.Design;
import io.portolan.model.RequestInfo;
import java.util.Objects;

/**
 * Sets what the change-request workbook says about the request: title, requester, change reference,
 * environment and description.
 *
 * @param request the new request details
 */
public record SetRequest(RequestInfo request) implements Command {

    public SetRequest {
        Objects.requireNonNull(request, "request");
    }

    @Override
    public Design apply(Design design) {
        return design.withRequest(request);
    }

    @Override
    public String description() {
        return "Edit request details";
    }
}
