package dev.strata.ui;

import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import dev.strata.workspace.Samples;

/** The menu bar: File, View and Help. */
final class WindowMenus {
    private final FileActions files;
    private final Supplier<Window> window;
    private final Supplier<Node> picture;

    WindowMenus(FileActions files, Supplier<Window> window, Supplier<Node> picture) {
        this.files = files;
        this.window = window;
        this.picture = picture;
    }

    MenuBar bar(BooleanProperty editorShown, BooleanProperty inspectorShown) {
        MenuBar bar = new MenuBar(fileMenu(), viewMenu(editorShown, inspectorShown),
                helpMenu());
        bar.getStyleClass().add("window-menus");
        return bar;
    }

    private Menu fileMenu() {
        Menu menu = new Menu("File");
        menu.getItems().addAll(
                item("Open Dockerfile…", "Shortcut+O",
                        () -> files.chooseAndOpen(TextKind.DOCKERFILE, window.get())),
                item("Open manifest…", "Shortcut+Shift+O",
                        () -> files.chooseAndOpen(TextKind.MANIFEST, window.get())),
                item("Open scenario…", null,
                        () -> files.chooseAndOpen(TextKind.SCENARIO, window.get())),
                item("Open image archive…", "Shortcut+Alt+O",
                        () -> files.chooseAndOpenImage(window.get())),
                item("Remove image", null, files::removeImage),
                samplesMenu(), recentMenu(), new SeparatorMenuItem(),
                item("Save scenario", "Shortcut+S", () -> files.saveScenario(window.get())),
                item("Save scenario as…", "Shortcut+Shift+S",
                        () -> files.saveScenarioAs(window.get())),
                item("Export picture…", "Shortcut+Shift+E",
                        () -> files.exportPicture(picture.get(), window.get())),
                new SeparatorMenuItem(),
                item("Quit", "Shortcut+Q", () -> window.get().hide()));
        return menu;
    }

    private Menu samplesMenu() {
        Menu menu = new Menu("Open sample");
        for (String name : Samples.NAMES) {
            menu.getItems().add(item(name, null, () -> files.openSample(name)));
        }
        return menu;
    }

    private Menu recentMenu() {
        Menu menu = new Menu("Recent files");
        menu.getItems().add(new MenuItem("(none)"));
        menu.setOnShowing(e -> fillRecent(menu));
        return menu;
    }

    private void fillRecent(Menu menu) {
        List<RecentFiles.Recent> recent = files.recent().list();
        menu.getItems().clear();
        for (RecentFiles.Recent entry : recent) {
            menu.getItems().add(item(entry.title() + " — " + entry.path(), null,
                    () -> files.open(entry)));
        }
        if (recent.isEmpty()) {
            MenuItem none = new MenuItem("(none yet)");
            none.setDisable(true);
            menu.getItems().add(none);
        }
    }

    private static Menu viewMenu(BooleanProperty editorShown, BooleanProperty inspectorShown) {
        CheckMenuItem editor = new CheckMenuItem("Editor");
        editor.setAccelerator(KeyCombination.keyCombination("Shortcut+E"));
        editor.selectedProperty().bindBidirectional(editorShown);
        CheckMenuItem inspector = new CheckMenuItem("Inspector");
        inspector.setAccelerator(KeyCombination.keyCombination("Shortcut+I"));
        inspector.selectedProperty().bindBidirectional(inspectorShown);
        MenuItem picture = item("Picture only (presentation)", "Shortcut+Shift+P", () -> {
            editorShown.set(false);
            inspectorShown.set(false);
        });
        return new Menu("View", null, editor, inspector, picture);
    }

    private Menu helpMenu() {
        return new Menu("Help", null, item("About Strata", null, this::about));
    }

    private void about() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(window.get());
        alert.setTitle("About Strata");
        alert.setHeaderText("Strata " + version());
        alert.setContentText("Shows where a container's writes land: image layers,"
                + " writable layers and volumes.");
        alert.show();
    }

    static String version() {
        String version = WindowMenus.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
