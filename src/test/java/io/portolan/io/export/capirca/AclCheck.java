package io.portolan.io.export.capirca;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Capirca's aclcheck, asked through the Python that runs aclgen (the interpreter on aclgen's first line), whether a
 * policy permits flows. One process answers every query of a batch.
 */
final class AclCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One question: does the policy permit this packet?
     *
     * @param policy the .pol file
     * @param what how the test names the flow, for its failure message
     */
    record Query(Path policy, String source, String destination, String protocol, String port, String what) {
    }

    private final List<String> python;

    private AclCheck(List<String> python) {
        this.python = python;
    }

    /** The aclcheck of the Python that runs this aclgen. */
    static AclCheck of(Aclgen aclgen) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(aclgen.executable(), StandardCharsets.ISO_8859_1)) {
            String first = reader.readLine();
            List<String> command = first != null && first.startsWith("#!") ? List.of(first.substring(2).strip().split("\\s+"))
                    : List.of("python3");
            return new AclCheck(command);
        }
    }

    /** For each query, the names of the terms that accept it outright; empty when the policy does not permit it. */
    List<List<String>> ask(Path folder, List<Query> queries) throws IOException, InterruptedException, URISyntaxException {
        ObjectNode request = JSON.createObjectNode().put("base", folder.resolve("policies").toString())
                .put("defs", folder.resolve("def").toString());
        ArrayNode list = request.putArray("queries");
        for (Query query : queries) {
            list.addObject().put("policy", query.policy().toString()).put("src", query.source()).put("dst", query.destination())
                    .put("proto", query.protocol()).put("dport", query.port());
        }
        Path script = Path.of(AclCheck.class.getResource("aclcheck_flows.py").toURI());
        List<String> command = new ArrayList<>(python);
        command.add(script.toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (OutputStream in = process.getOutputStream()) {
            JSON.writeValue(in, request);
        }
        JsonNode answers = JSON.readTree(process.getInputStream());
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("aclcheck failed: " + command);
        }
        List<List<String>> result = new ArrayList<>();
        answers.forEach(terms -> {
            List<String> names = new ArrayList<>();
            terms.forEach(t -> names.add(t.asText()));
            result.add(names);
        });
        return result;
    }
}
