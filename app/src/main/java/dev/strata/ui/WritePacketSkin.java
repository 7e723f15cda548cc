package dev.strata.ui;

import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** A small document shape and the packet's words. */
final class WritePacketSkin extends SkinBase<WritePacket> {
    WritePacketSkin(WritePacket packet) {
        super(packet);
        Region page = new Region();
        page.getStyleClass().addAll("icon", "page-icon");
        Label words = new Label();
        words.getStyleClass().add("packet-text");
        words.textProperty().bind(packet.textProperty());

        HBox box = new HBox(page, words);
        box.getStyleClass().add("packet-box");
        getChildren().add(box);
    }
}
