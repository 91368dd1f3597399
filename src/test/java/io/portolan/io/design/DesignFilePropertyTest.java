package io.portolan.io.design;

import static org.assertj.core.api.Assertions.assertThat;

import io.portolan.model.Design;
import io.portolan.testing.DesignArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What holds for saving and loading any design, checked on random ones. */
class DesignFilePropertyTest {

    @Provide
    Arbitrary<Design> designs() {
        return DesignArbitraries.designs();
    }

    @Property(tries = 100)
    void saveThenLoadGivesAnEqualDesign(@ForAll("designs") Design design) throws DesignFileException {
        Design loaded = DesignFile.parse(DesignFile.toJson(design), "random.portolan", DesignArbitraries.CATALOG);

        assertThat(loaded).isEqualTo(design);
    }

    @Property(tries = 100)
    void savingALoadedDesignWritesTheSameText(@ForAll("designs") Design design) throws DesignFileException {
        String saved = DesignFile.toJson(design);

        assertThat(DesignFile.toJson(DesignFile.parse(saved, "random.portolan", DesignArbitraries.CATALOG))).isEqualTo(saved);
    }
}
