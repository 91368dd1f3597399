package io.portolan.ui;

import io.portolan.catalog.Catalog;
import io.portolan.catalog.CatalogLoader;
import io.portolan.catalog.ComponentType;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;

/** The designer window. For now it lists the catalog by vendor and product. */
public final class PortolanApp extends Application {

    @Override
    public void start(Stage stage) {
        Catalog catalog = CatalogLoader.loadBuiltIn();
        TreeItem<String> root = new TreeItem<>("Catalog");
        Map<String, TreeItem<String>> vendors = new LinkedHashMap<>();
        Map<String, TreeItem<String>> products = new LinkedHashMap<>();
        for (ComponentType type : catalog.types()) {
            TreeItem<String> vendor = vendors.computeIfAbsent(type.vendor(), v -> add(root, v));
            TreeItem<String> product = products.computeIfAbsent(type.vendor() + "/" + type.product(), p -> add(vendor, type.product()));
            add(product, type.name() + "  (" + catalog.rulesTouching(type.id()).size() + " port rules)");
        }
        TreeView<String> tree = new TreeView<>(root);
        tree.setShowRoot(false);
        stage.setTitle("Portolan");
        stage.setScene(new Scene(tree, 900, 700));
        stage.show();
    }

    private static TreeItem<String> add(TreeItem<String> parent, String value) {
        TreeItem<String> item = new TreeItem<>(value);
        item.setExpanded(true);
        parent.getChildren().add(item);
        return item;
    }
}
