package dev.strata.ui;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import dev.strata.source.InputException;
import dev.strata.workspace.Workspace;

/**
 * Opening, saving and exporting, for the menus and for dropped files. Every failure becomes
 * one line for the user (with the file, and the line where there is one); the texts and the
 * picture stay as they were.
 */
final class FileActions {
    private static final Logger LOG = System.getLogger(FileActions.class.getName());

    private final WorkspaceModel model;
    private final RecentFiles recent;
    private final Consumer<String> tell;

    FileActions(WorkspaceModel model, RecentFiles recent, Consumer<String> tell) {
        this.model = model;
        this.recent = recent;
        this.tell = tell;
        model.imageProperty().addListener((o, was, now) -> {
            if (now != null) {
                recent.addImage(now);
            }
        });
    }

    RecentFiles recent() {
        return recent;
    }

    void chooseAndOpen(TextKind kind, Window owner) {
        FileChooser chooser = chooser("Open " + kind.title().toLowerCase(), kind);
        Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath)
                .ifPresent(path -> open(kind, path));
    }

    /** Reads a file into a text; returns false, having said why, when it cannot be read. */
    boolean open(TextKind kind, Path path) {
        try {
            model.load(kind, path);
            recent.add(kind, path);
            return true;
        } catch (InputException e) {
            tell.accept(e.getMessage());
        } catch (IOException e) {
            tell.accept(path + ": cannot be read: " + e.getMessage());
        }
        return false;
    }

    /** Opens a file again as what it was opened as before. */
    void open(RecentFiles.Recent entry) {
        entry.kind().ifPresentOrElse(kind -> open(kind, entry.path()),
                () -> openImage(entry.path()));
    }

    void chooseAndOpenImage(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open image archive");
        model.image().map(Path::toAbsolutePath).map(Path::getParent).map(Path::toFile)
                .filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Image archive", DroppedFiles.ARCHIVE_GLOBS),
                new FileChooser.ExtensionFilter("All files", "*"));
        Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath)
                .ifPresent(this::openImage);
    }

    /**
     * Starts reading an image archive (or an OCI layout folder); its progress, and any
     * problem with it, show in the window.
     */
    void openImage(Path archive) {
        model.openImage(archive);
    }

    void removeImage() {
        if (model.image().isPresent() || model.loadingProperty().get() != null) {
            model.removeImage();
            tell.accept("Removed the image; the layers are the Dockerfile's again");
        }
    }

    void openSample(String name) {
        try {
            model.open(Workspace.sample(name));
        } catch (IOException | InputException e) {
            tell.accept("sample " + name + ": " + e.getMessage());
        }
    }

    /**
     * Opens each dropped file as the text or image it holds; says which files it did not
     * take.
     */
    void openDropped(List<Path> files) {
        for (Path file : files) {
            try {
                if (DroppedFiles.isImageArchive(file)) {
                    openImage(file);
                    continue;
                }
                DroppedFiles.classify(file).ifPresentOrElse(kind -> open(kind, file),
                        () -> tell.accept(file.getFileName() + ": not a Dockerfile, a"
                                + " manifest, a scenario or an image archive"));
            } catch (IOException e) {
                tell.accept(file + ": cannot be read: " + e.getMessage());
            }
        }
    }

    void saveScenario(Window owner) {
        Optional<Path> file = model.file(TextKind.SCENARIO);
        if (file.isPresent()) {
            save(file.get());
        } else {
            saveScenarioAs(owner);
        }
    }

    void saveScenarioAs(Window owner) {
        FileChooser chooser = chooser("Save scenario as", TextKind.SCENARIO);
        chooser.setInitialFileName("scenario.strata");
        Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .ifPresent(this::save);
    }

    /** Writes the scenario text to the file atomically; returns false if it could not. */
    boolean save(Path file) {
        try {
            AtomicFiles.writeString(file, model.text(TextKind.SCENARIO).content());
            model.scenarioSavedTo(file);
            recent.add(TextKind.SCENARIO, file);
            tell.accept("Saved " + file);
            return true;
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "Saving the scenario failed", e);
            tell.accept(file + ": not saved: " + e.getMessage() + "; the text is still here");
            return false;
        }
    }

    void exportPicture(Node picture, Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export picture");
        chooser.setInitialFileName("strata.png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                .ifPresent(path -> exportPicture(picture, path));
    }

    boolean exportPicture(Node picture, Path file) {
        WritableImage image = picture.snapshot(null, null);
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        try {
            if (!ImageIO.write(pixels, "png", file.toFile())) {
                throw new IOException("no PNG writer is available");
            }
            tell.accept("Exported the picture to " + file);
            return true;
        } catch (IOException e) {
            tell.accept(file + ": not written: " + e.getMessage());
            return false;
        }
    }

    private FileChooser chooser(String title, TextKind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        model.file(kind).map(Path::toAbsolutePath).map(Path::getParent).map(Path::toFile)
                .filter(File::isDirectory).ifPresent(chooser::setInitialDirectory);
        switch (kind) {
            case MANIFEST -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    "Kubernetes manifest", "*.yaml", "*.yml", "*.json"));
            case SCENARIO -> chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    "Strata scenario", "*.strata", "*.yaml", "*.yml"));
            default -> { }
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }
}
