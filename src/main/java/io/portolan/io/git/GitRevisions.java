package io.portolan.io.git;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads a file of a git working tree as it was committed at a revision ({@code HEAD}, {@code HEAD~2}, a tag, a commit
 * id), with JGit: no {@code git} program is needed, and the working tree and the repository are only read.
 */
public final class GitRevisions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    private GitRevisions() {
    }

    /**
     * A file's text at a revision, and the words that name it.
     *
     * @param text the file's content at the revision, read as UTF-8
     * @param description {@code design.portolan at HEAD (3f2a9c1, 2025-03-14: Add the second StoreFront)}
     * @param commitId the commit's full id
     */
    public record CommittedFile(String text, String description, String commitId) {
    }

    /** True when the file lies in a git working tree, whether or not it is committed. */
    public static boolean inWorkTree(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder != null && new FileRepositoryBuilder().findGitDir(folder.toFile()).getGitDir() != null;
    }

    /**
     * Reads the file as committed at the revision.
     *
     * @throws RevisionException naming the file and the revision: the file is not in a git working tree, the revision
     *     is unknown, or the file is not in it
     */
    public static CommittedFile read(Path file, String revision) throws RevisionException {
        Path real = realPath(file);
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(real.getParent().toFile());
        if (builder.getGitDir() == null) {
            throw new RevisionException(file + " is not in a git working tree, so it has no revision " + revision
                    + "; compare it with another file instead");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            if (repository.isBare()) {
                throw new RevisionException(builder.getGitDir() + " is a bare repository: it has no working tree for " + file);
            }
            String path = pathInTree(repository, real);
            ObjectId id = resolve(repository, revision, file);
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit commit = walk.parseCommit(id);
                return new CommittedFile(content(repository, commit, path, revision), describe(file, revision, commit), id.name());
            }
        } catch (IOException e) {
            throw new RevisionException("cannot read the git repository of " + file + ": " + e.getMessage(), e);
        }
    }

    private static Path realPath(Path file) throws RevisionException {
        try {
            Path absolute = file.toAbsolutePath().normalize();
            Path folder = absolute.getParent().toRealPath();
            return folder.resolve(absolute.getFileName());
        } catch (IOException e) {
            throw new RevisionException("the folder of " + file + " does not exist", e);
        }
    }

    private static String pathInTree(Repository repository, Path real) throws IOException {
        Path tree = repository.getWorkTree().toPath().toRealPath();
        return tree.relativize(real).toString().replace(File.separatorChar, '/');
    }

    private static ObjectId resolve(Repository repository, String revision, Path file) throws IOException, RevisionException {
        ObjectId id;
        try {
            id = repository.resolve(revision + "^{commit}");
        } catch (RevisionSyntaxException e) {
            throw new RevisionException("'" + revision + "' is not a revision (a branch, a tag, HEAD~1, a commit id)", e);
        }
        if (id == null) {
            throw new RevisionException("the repository of " + file + " has no revision '" + revision + "'"
                    + (repository.resolve("HEAD") == null ? ": it has no commit yet" : ""));
        }
        return id;
    }

    private static String content(Repository repository, RevCommit commit, String path, String revision)
            throws IOException, RevisionException {
        try (TreeWalk walk = TreeWalk.forPath(repository, path, commit.getTree())) {
            if (walk == null || walk.isSubtree()) {
                throw new RevisionException(path + " is not in revision " + revision + " (" + commit.abbreviate(7).name()
                        + "): was it committed?");
            }
            return new String(repository.open(walk.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String describe(Path file, String revision, RevCommit commit) {
        String day = commit.getCommitterIdent().getWhenAsInstant().atZone(ZoneId.systemDefault()).format(DAY);
        return file.getFileName() + " at " + revision + " (" + commit.abbreviate(7).name() + ", " + day + ": "
                + commit.getShortMessage() + ")";
    }
}
