package io.portolan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ZoneKindTest {

    @Test
    void aKindIsReadByItsNameInAnyCase() {
        assertThat(ZoneKind.parse(" dmz ")).isEqualTo(ZoneKind.DMZ);
        assertThat(ZoneKind.parse("PERIMETER")).isNull();
        assertThat(ZoneKind.parse(null)).isNull();
    }

    @Test
    void theMessageForAnUnknownKindListsEveryKind() {
        assertThat(ZoneKind.unknown("PERIMETER"))
                .isEqualTo("unknown zone kind 'PERIMETER'; use INTERNET, DMZ, INTERNAL, CLOUD, MANAGEMENT or CUSTOM");
    }
}
