package io.portolan.cli;

import io.portolan.engine.FlowAnalysis;
import io.portolan.engine.FlowEngine;
import io.portolan.io.design.DesignFile;
import io.portolan.io.design.DesignFileException;
import io.portolan.io.git.GitRevisions;
import io.portolan.io.git.RevisionException;
import java.nio.file.Path;

/**
 * The earlier revision a request is compared with: another design file, or the design file as committed at a revision
 * of its git working tree.
 *
 * @param analysis the earlier revision, analysed with the same catalog
 * @param description what the Request sheet and the output call it
 */
record EarlierRevision(FlowAnalysis analysis, String description) {

    /** Reads the earlier design file. */
    static EarlierRevision ofFile(PortolanCommand root, Path file) throws DesignFileException {
        return new EarlierRevision(root.analyze(file), file.toString());
    }

    /** Reads the design file as committed at the revision. */
    static EarlierRevision ofCommit(PortolanCommand root, Path file, String revision) throws DesignFileException, RevisionException {
        GitRevisions.CommittedFile committed = GitRevisions.read(file, revision);
        String name = file + "@" + revision;
        return new EarlierRevision(new FlowEngine(root.catalog()).analyze(DesignFile.parse(committed.text(), name, root.catalog())),
                committed.description());
    }
}
