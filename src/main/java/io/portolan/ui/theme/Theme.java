package io.portolan.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The look: AtlantaFX Primer, light or dark, under Portolan's own style sheet. */
public final class Theme {

    /** The settings value of the light theme. */
    public static final String LIGHT = "light";
    /** The settings value of the dark theme. */
    public static final String DARK = "dark";
    private static final String DARK_CLASS = "theme-dark";

    private Theme() {
    }

    /** Applies the theme to the application and the scene. */
    public static void apply(Scene scene, String theme) {
        boolean dark = DARK.equals(theme);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        String sheet = CompiledStylesheet.url();
        if (!scene.getStylesheets().contains(sheet)) {
            scene.getStylesheets().add(sheet);
        }
        if (scene.getRoot() != null) {
            scene.getRoot().getStyleClass().remove(DARK_CLASS);
            if (dark) {
                scene.getRoot().getStyleClass().add(DARK_CLASS);
            }
        }
    }
}
