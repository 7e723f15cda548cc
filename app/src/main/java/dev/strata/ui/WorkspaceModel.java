package dev.strata.ui;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import dev.strata.image.ImageChoiceNeeded;
import dev.strata.image.ReadOptions;
import dev.strata.sim.ClusterState;
import dev.strata.sim.Frame;
import dev.strata.sim.Scenario;
import dev.strata.sim.Timeline;
import dev.strata.source.InputException;
import dev.strata.workspace.ImageChoice;
import dev.strata.workspace.Workspace;
import dev.strata.workspace.Workspace.Text;

/**
 * The texts being edited and the last timeline they played to. An edit plays them again
 * after a short pause, off the FX thread; a mistake becomes the {@link #problemProperty()
 * problem} and the last good replay stays, so the picture never breaks while typing.
 */
public final class WorkspaceModel {
    /** How long typing must pause before the texts are played again. */
    public static final Duration DEBOUNCE = Duration.ofMillis(300);

    private static final Logger LOG = System.getLogger(WorkspaceModel.class.getName());

    /**
     * A mistake in one of the texts.
     *
     * @param kind the text it is in, when the message names one of them
     * @param line 1-based
     * @param column 1-based
     * @param message {@code file:line:column: problem}
     * @param archive the image archive that could not be read, when the mistake is in one
     */
    public record Problem(Optional<TextKind> kind, int line, int column, String message,
            Optional<Path> archive) {
        public Problem {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(archive, "archive");
        }

        /** A mistake in a text, or one that names no file. */
        public Problem(Optional<TextKind> kind, int line, int column, String message) {
            this(kind, line, column, message, Optional.empty());
        }
    }

    /**
     * An image archive that holds several images, and those it offers to choose from.
     *
     * @param archive the archive
     * @param reason why a choice is needed, e.g. {@code the layout holds 5 images}
     * @param choices the images its reader listed, in its order
     * @param message the reader's whole message, {@code file:1:1: ...}
     */
    public record ImageChoices(Path archive, String reason, List<ImageChoice> choices,
            String message) {
        public ImageChoices {
            Objects.requireNonNull(archive, "archive");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
            choices = List.copyOf(choices);
        }

        /** The choices a reader's refusal offers, if it offers any. */
        static Optional<ImageChoices> in(Path archive, InputException refusal) {
            if (!(refusal instanceof ImageChoiceNeeded needed) || needed.offers().isEmpty()) {
                return Optional.empty();
            }
            List<ImageChoice> offered = needed.offers().stream()
                    .map(o -> ImageChoice.of(o.ref(), o.platform().isEmpty() ? null
                            : o.platform()))
                    .distinct().toList();
            return Optional.of(new ImageChoices(archive, needed.reason(), offered,
                    refusal.getMessage()));
        }
    }

    /**
     * An image archive being read.
     *
     * @param archive the archive
     * @param fraction of its layer bytes read, from 0 to 1; negative until the layers start
     * @param status how far the reading is, in words
     */
    public record ImageLoading(Path archive, double fraction, String status) {
        public ImageLoading {
            Objects.requireNonNull(archive, "archive");
            Objects.requireNonNull(status, "status");
        }
    }

    private final Background background;
    private final Map<TextKind, ReadOnlyObjectWrapper<Text>> texts = new EnumMap<>(TextKind.class);
    private final Map<TextKind, Path> files = new EnumMap<>(TextKind.class);
    private final ReadOnlyObjectWrapper<Replay> replay = new ReadOnlyObjectWrapper<>(this,
            "replay");
    private final ReadOnlyObjectWrapper<Problem> problem = new ReadOnlyObjectWrapper<>(this,
            "problem");
    private final ReadOnlyObjectWrapper<String> label = new ReadOnlyObjectWrapper<>(this,
            "label", "");
    private final ReadOnlyObjectWrapper<Path> image = new ReadOnlyObjectWrapper<>(this,
            "image");
    private final ReadOnlyObjectWrapper<ImageLoading> loading = new ReadOnlyObjectWrapper<>(
            this, "loading");
    private final ReadOnlyObjectWrapper<ImageChoices> choosing = new ReadOnlyObjectWrapper<>(
            this, "choosing");
    private ImageChoice imageChoice = ImageChoice.NONE;
    private ImageLoad load;
    private UnaryOperator<ReadOptions> readOptions = UnaryOperator.identity();
    private Workspace base;
    private long generation;
    private Future<?> pending;

    /** Plays the workspace at once, on the calling thread; a mistake shows as the problem. */
    WorkspaceModel(Workspace initial, Background background) {
        this.background = Objects.requireNonNull(background, "background");
        for (TextKind kind : TextKind.values()) {
            texts.put(kind, new ReadOnlyObjectWrapper<>(this, kind.name()));
        }
        adopt(initial);
        Optional<Problem> unread = readInitialImage();
        playNowHere();
        if (problem.get() == null) {
            unread.ifPresent(problem::set);
        }
    }

    /**
     * Reads the first image archive before the first replay; one that cannot be read is
     * left out, so that the picture shows the Dockerfile's plan, and becomes the problem.
     */
    private Optional<Problem> readInitialImage() {
        Optional<Path> archive = image();
        if (archive.isEmpty()) {
            return Optional.empty();
        }
        try {
            Workspace.readImage(archive.get(), imageChoice.applyTo(ReadOptions.defaults()));
            return Optional.empty();
        } catch (InputException e) {
            image.set(null);
            imageChoice = ImageChoice.NONE;
            label.set(base.label());
            Optional<ImageChoices> offered = ImageChoices.in(archive.get(), e);
            offered.ifPresent(choosing::set);
            return offered.isPresent() ? Optional.empty()
                    : Optional.of(imageProblem(archive.get(), e));
        } catch (RuntimeException e) {
            // Not bad input but a failure of the reader: the first replay meets and shows it.
            return Optional.empty();
        }
    }

    /** A model for the window: replays run on a worker thread, results come back on FX. */
    public static WorkspaceModel forWindow(Workspace initial) {
        return new WorkspaceModel(initial, Background.forWindow());
    }

    public ReadOnlyObjectProperty<Text> textProperty(TextKind kind) {
        return texts.get(kind).getReadOnlyProperty();
    }

    public Text text(TextKind kind) {
        return texts.get(kind).get();
    }

    /** The file a text was read from or saved to, if any. */
    public Optional<Path> file(TextKind kind) {
        return Optional.ofNullable(files.get(kind));
    }

    /** The last replay that worked; never null (a placeholder before the first one). */
    public ReadOnlyObjectProperty<Replay> replayProperty() {
        return replay.getReadOnlyProperty();
    }

    public Timeline timeline() {
        return replay.get().timeline();
    }

    /** The mistake that stops the current texts from playing, or null. */
    public ReadOnlyObjectProperty<Problem> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem.get());
    }

    /** Where the texts came from, for the title bar. */
    public ReadOnlyObjectProperty<String> labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** The image archive whose layers the picture shows, or null for the Dockerfile's plan. */
    public ReadOnlyObjectProperty<Path> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public Optional<Path> image() {
        return Optional.ofNullable(image.get());
    }

    /** The image chosen in the archive the picture shows; none when it holds one. */
    public ImageChoice imageChoice() {
        return imageChoice;
    }

    /**
     * An archive just opened that holds several images, waiting for the user to choose one
     * ({@link #openImage(Path, ImageChoice)}) or not ({@link #dismissImageChoices()}); null
     * the rest of the time. The picture stays as it was meanwhile, and no problem is shown:
     * the archive is not wrong, only ambiguous.
     */
    public ReadOnlyObjectProperty<ImageChoices> choosingProperty() {
        return choosing.getReadOnlyProperty();
    }

    /** Forgets the archive waiting for a choice; the picture stays as it is. */
    public void dismissImageChoices() {
        choosing.set(null);
    }

    /** The image archive being read and how far it is, or null when none is. */
    public ReadOnlyObjectProperty<ImageLoading> loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /**
     * Reads an image archive in the background, then plays the texts on its layers. A bad
     * archive becomes the problem and the picture stays; so it does when the reading is
     * cancelled. Opening another archive cancels the reading of this one.
     */
    public void openImage(Path archive) {
        openImage(archive, ImageChoice.NONE);
    }

    /**
     * Reads the image the choice picks in an archive, as {@link #openImage(Path)} reads an
     * archive's only one. An archive that holds several, when the choice picks none of them,
     * waits in {@link #choosingProperty()} for another choice.
     */
    public void openImage(Path archive, ImageChoice choice) {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(choice, "choice");
        cancelImageLoading();
        choosing.set(null);
        ImageLoad started = new ImageLoad(archive, choice);
        load = started;
        String chosen = choice.isNone() ? "" : " (" + choice.describe() + ")";
        loading.set(new ImageLoading(archive, -1, "Opening " + archive.getFileName() + chosen));
        ReadOptions options = readOptions.apply(choice.applyTo(ReadOptions.defaults())
                .withCancel(started.cancelled::get).withProgress(started::heard));
        started.future = background.runLong(() -> Workspace.readImage(archive, options),
                read -> imageRead(started), e -> imageFailed(started, e));
    }

    /** Changes how archives are read from now on, e.g. to watch or slow the reading in tests. */
    void adjustImageReads(UnaryOperator<ReadOptions> adjust) {
        readOptions = Objects.requireNonNull(adjust, "adjust");
    }

    /** Stops the reading of an image archive, if one is being read; true if one was. */
    public boolean cancelImageLoading() {
        if (load == null) {
            return false;
        }
        load.cancelled.set(true);
        load.future.cancel(true);
        load = null;
        loading.set(null);
        return true;
    }

    /** Goes back to the Dockerfile's planned layers. */
    public void removeImage() {
        cancelImageLoading();
        choosing.set(null);
        imageChoice = ImageChoice.NONE;
        image.set(null);
        updateLabel();
        replayAfter(Duration.ZERO);
    }

    private void imageRead(ImageLoad done) {
        if (load != done) {
            return;
        }
        load = null;
        loading.set(null);
        imageChoice = done.choice;
        image.set(done.archive);
        updateLabel();
        replayAfter(Duration.ZERO);
    }

    private void imageFailed(ImageLoad failed, RuntimeException e) {
        if (load != failed) {
            return;
        }
        load = null;
        loading.set(null);
        if (e instanceof InputException input) {
            ImageChoices.in(failed.archive, input).ifPresentOrElse(choosing::set,
                    () -> problem.set(imageProblem(failed.archive, input)));
        } else if (!(e instanceof CancellationException)) {
            show(e);
        }
    }

    private static Problem imageProblem(Path archive, InputException e) {
        return new Problem(Optional.empty(), e.position().line(), e.position().column(),
                e.getMessage(), Optional.of(archive));
    }

    /**
     * One reading of an archive: its cancel flag, and its progress, which reaches the FX
     * thread at most one update at a time however fast the reader reports.
     */
    private final class ImageLoad {
        private final Path archive;
        private final ImageChoice choice;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicReference<ImageLoading> latest = new AtomicReference<>();
        private final AtomicBoolean posted = new AtomicBoolean();
        private Future<?> future;

        ImageLoad(Path archive, ImageChoice choice) {
            this.archive = archive;
            this.choice = choice;
        }

        void heard(long bytesRead, long totalBytes, int layer, int layers) {
            double fraction = totalBytes <= 0 ? 0 : (double) bytesRead / totalBytes;
            String status = "Reading layer " + Math.min(layer + 1, layers) + " of " + layers
                    + " · " + FileRows.size(bytesRead) + " of " + FileRows.size(totalBytes);
            latest.set(new ImageLoading(archive, fraction, status));
            if (posted.compareAndSet(false, true)) {
                background.post(this::show);
            }
        }

        private void show() {
            posted.set(false);
            if (load == this) {
                loading.set(latest.get());
            }
        }
    }

    /** Takes the edited content of a text and plays all texts again after a pause. */
    public void edit(TextKind kind, String content) {
        Objects.requireNonNull(content, "content");
        Text current = text(kind);
        if (current.content().equals(content)) {
            return;
        }
        texts.get(kind).set(new Text(current.name(), content));
        replayAfter(DEBOUNCE);
    }

    /** Reads a file into one of the texts and plays again at once. */
    public void load(TextKind kind, Path file) throws IOException {
        Text read = Text.read(file);
        files.put(kind, file);
        texts.get(kind).set(read);
        if (kind == TextKind.DOCKERFILE) {
            base = withContext(base, Optional.of(folderOf(file)));
        }
        updateLabel();
        replayAfter(Duration.ZERO);
    }

    /** Replaces every text, e.g. with a bundled sample, and plays at once. */
    public void open(Workspace workspace) {
        files.clear();
        cancelImageLoading();
        choosing.set(null);
        adopt(workspace);
        replayAfter(Duration.ZERO);
    }

    /** Records that the scenario now lives in a file, e.g. after "Save as". */
    public void scenarioSavedTo(Path file) {
        files.put(TextKind.SCENARIO, file);
        texts.get(TextKind.SCENARIO).set(new Text(file.toString(),
                text(TextKind.SCENARIO).content()));
        updateLabel();
        replayAfter(Duration.ZERO);
    }

    /** The texts as a workspace; an empty Dockerfile or scenario counts as none. */
    public Workspace workspace() {
        return new Workspace(optional(TextKind.DOCKERFILE), text(TextKind.MANIFEST),
                optional(TextKind.SCENARIO), base.context(), base.nodes(), label.get(),
                image(), image().isPresent() ? imageChoice : ImageChoice.NONE);
    }

    private Optional<Text> optional(TextKind kind) {
        Text text = text(kind);
        return text.content().isBlank() ? Optional.empty() : Optional.of(text);
    }

    private void adopt(Workspace workspace) {
        base = workspace;
        texts.get(TextKind.DOCKERFILE).set(workspace.dockerfile()
                .orElse(new Text(TextKind.DOCKERFILE.untitledName(), "")));
        texts.get(TextKind.MANIFEST).set(workspace.manifest());
        texts.get(TextKind.SCENARIO).set(workspace.scenario()
                .orElse(new Text(TextKind.SCENARIO.untitledName(), "")));
        imageChoice = workspace.imageChoice();
        image.set(workspace.image().orElse(null));
        label.set(workspace.subtitle());
    }

    private void updateLabel() {
        List<String> names = texts.values().stream()
                .map(ReadOnlyObjectWrapper::get)
                .filter(t -> !t.content().isBlank())
                .map(t -> Path.of(t.name()).getFileName().toString())
                .collect(Collectors.toCollection(ArrayList::new));
        image().ifPresent(archive -> names.add(Workspace.imageLabel(archive, imageChoice)));
        label.set(String.join(" · ", names));
    }

    private void playNowHere() {
        Workspace snapshot = workspace();
        try {
            accept(++generation, Replay.of(snapshot));
        } catch (RuntimeException e) {
            replay.set(placeholder());
            fail(generation, e);
        }
    }

    private void replayAfter(Duration delay) {
        if (pending != null) {
            pending.cancel(false);
        }
        long ticket = ++generation;
        Workspace snapshot = workspace();
        pending = background.runLater(delay, () -> Replay.of(snapshot),
                result -> accept(ticket, result), e -> fail(ticket, e));
    }

    private void accept(long ticket, Replay result) {
        if (ticket != generation) {
            return;
        }
        problem.set(null);
        replay.set(result);
    }

    private void fail(long ticket, RuntimeException e) {
        if (ticket == generation) {
            show(e);
        }
    }

    private void show(RuntimeException e) {
        if (e instanceof InputException input) {
            problem.set(new Problem(kindNamed(input.position().file()),
                    input.position().line(), input.position().column(), input.getMessage()));
            return;
        }
        LOG.log(Level.WARNING, "The texts could not be played", e);
        problem.set(new Problem(Optional.empty(), 1, 1,
                "the texts could not be played: " + e.getMessage()));
    }

    /** The text a message's file names, if it names one of them. */
    Optional<TextKind> kindNamed(String file) {
        return texts.entrySet().stream()
                .filter(e -> e.getValue().get().name().equals(file))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** A one-frame empty cluster, shown until the texts first play. */
    private static Replay placeholder() {
        Scenario none = new Scenario("fix the texts to see the cluster", 1, List.of());
        Frame empty = new Frame(0, Optional.empty(), new ClusterState(List.of(), List.of()));
        return new Replay(new Timeline(none, List.of(empty)), Map.of(), List.of());
    }

    private static Workspace withContext(Workspace workspace, Optional<Path> context) {
        return new Workspace(workspace.dockerfile(), workspace.manifest(),
                workspace.scenario(), context, workspace.nodes(), workspace.label());
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
