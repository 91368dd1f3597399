package io.portolan.ui.canvas;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.catalog.Category;
import io.portolan.model.Node;
import io.portolan.model.Point;
import io.portolan.ui.theme.Glyphs;
import io.portolan.ui.theme.Theme;
import io.portolan.ui.theme.VendorColours;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** A vendor added as catalog JSON alone (no icon, no CSS) still gets a glyph and a colour of its own. */
@ExtendWith(ApplicationExtension.class)
class NodeTileOfANewVendorTest {

    /** A vendor's file as a user writes it: its type names no icon, and the style sheet does not know the vendor. */
    private static final String ACME = """
            {"vendor": "Acme Remote", "documents": [{"id": "acme", "title": "Acme ports"}],
             "types": [{"id": "acme.box", "name": "Acme box", "product": "Box", "category": "workload", "zone": "INTERNAL"}],
             "rules": [{"id": "acme.box.dns", "from": "acme.box", "to": "tag:dns", "protocol": "UDP", "ports": "53",
                        "purpose": "DNS", "reference": {"document": "acme", "section": "Ports"}}]}""";

    @TempDir
    Path folder;

    /** The tile of a node of the type, styled in a scene as the window styles it. */
    private static Region tile(Catalog catalog, String typeId, String theme) {
        Node node = new Node("n1", typeId, "Box", "", "", null, new Point(100, 100), List.of(), 1);
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            NodeView view = new NodeView(node, catalog.type(typeId).orElseThrow(), Glyphs.load());
            Pane root = new Pane(view);
            root.getStyleClass().add("portolan");
            Scene scene = new Scene(root, 300, 300);
            Theme.apply(scene, theme);
            VendorColours.stylesheet(catalog.vendors()).ifPresent(scene.getStylesheets()::add);
            root.applyCss();
            return (Region) view.lookup(".node-tile");
        });
    }

    private static Color border(Region tile) {
        return (Color) tile.getBorder().getStrokes().get(0).getTopStroke();
    }

    private Catalog catalogWithAcme() throws Exception {
        Files.writeString(folder.resolve("acme.json"), ACME);
        return CatalogLoader.loadBuiltInWith(folder);
    }

    @Test
    void aTypeWithNoIconShowsItsCategorysGlyph() throws Exception {
        Region tile = tile(catalogWithAcme(), "acme.box", Theme.LIGHT);
        FontIcon icon = (FontIcon) tile.getChildrenUnmodifiable().get(0);
        assertThat(icon.getIconLiteral()).isEqualTo(Glyphs.load().literal(Category.WORKLOAD));
    }

    @Test
    void aVendorTheStyleSheetDoesNotKnowGetsTheColourDerivedFromItsName() throws Exception {
        Catalog catalog = catalogWithAcme();
        Color light = border(tile(catalog, "acme.box", Theme.LIGHT));
        Color dark = border(tile(catalog, "acme.box", Theme.DARK));
        assertThat(light).isEqualTo(Color.web("#757517")).isNotEqualTo(Color.web("#7c3aed"));
        assertThat(dark).isEqualTo(Color.web("#f7f76f"));
    }

    @Test
    void aVendorTheStyleSheetKnowsKeepsItsColour() throws Exception {
        assertThat(border(tile(catalogWithAcme(), "citrix.storefront", Theme.LIGHT))).isEqualTo(Color.web("#2563eb"));
    }
}
