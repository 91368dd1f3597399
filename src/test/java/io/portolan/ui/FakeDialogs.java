package io.portolan.ui;

import io.portolan.edit.AddCustomFlow;
import io.portolan.model.Design;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs a test answers in advance; it records what the window asked and the errors it showed. */
final class FakeDialogs implements Dialogs {

    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    final Deque<AddCustomFlow> customFlows = new ArrayDeque<>();
    final Deque<Path> folders = new ArrayDeque<>();
    final List<String> information = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    private Runnable onError = () -> { };
    final List<FileKind> savesAsked = new ArrayList<>();
    final List<FileKind> readsAsked = new ArrayList<>();
    final Deque<FirewallExportChoice> firewallExports = new ArrayDeque<>();
    final List<FirewallExportChoice> firewallSuggestions = new ArrayList<>();
    final List<String> firewallNotes = new ArrayList<>();
    final Deque<Boolean> confirmations = new ArrayDeque<>();
    final List<String> confirmationsAsked = new ArrayList<>();
    final Deque<RecoveryChoice> recoveryAnswers = new ArrayDeque<>();
    final List<RecoveryOffer> recoveryOffers = new ArrayList<>();
    final List<List<Shortcut>> shortcutsShown = new ArrayList<>();
    final List<String> titles = new ArrayList<>();
    int unsavedQuestions;

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToRead(String title, FileKind kind, Path folder) {
        readsAsked.add(kind);
        titles.add(title);
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(FileKind kind, Path folder, String suggestedName) {
        savesAsked.add(kind);
        titles.add(kind.saveTitle());
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path folder) {
        titles.add(title);
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public void showInformation(String title, String message) {
        information.add(title + ": " + message);
    }

    @Override
    public UnsavedChoice askToSaveChanges(String designName) {
        unsavedQuestions++;
        UnsavedChoice answer = unsavedAnswers.poll();
        return answer == null ? UnsavedChoice.CANCEL : answer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
        onError.run();
    }

    /** Runs the action each time an error is shown, as it is shown. */
    void onError(Runnable action) {
        onError = action;
    }

    @Override
    public Optional<FirewallExportChoice> askFirewallExport(FirewallExportChoice suggested, String aclgenNote) {
        firewallSuggestions.add(suggested);
        firewallNotes.add(aclgenNote);
        return Optional.ofNullable(firewallExports.poll());
    }

    @Override
    public boolean confirm(String title, String message, String action) {
        confirmationsAsked.add(title + ": " + message);
        return Boolean.TRUE.equals(confirmations.poll());
    }

    @Override
    public Optional<AddCustomFlow> askCustomFlow(Design design, String sourceId, String destinationId) {
        return Optional.ofNullable(customFlows.poll());
    }

    @Override
    public void showAbout() {
        errors.add("about");
    }

    @Override
    public RecoveryChoice askRecovery(RecoveryOffer offer) {
        recoveryOffers.add(offer);
        RecoveryChoice answer = recoveryAnswers.poll();
        return answer == null ? RecoveryChoice.LATER : answer;
    }

    @Override
    public void showShortcuts(List<Shortcut> shortcuts) {
        shortcutsShown.add(List.copyOf(shortcuts));
    }
}
