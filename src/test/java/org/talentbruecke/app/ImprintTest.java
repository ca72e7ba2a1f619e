package org.talentbruecke.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The imprint names what is configured and tells administrators what is missing. */
class ImprintTest {
  private static Imprint imprint(String operator, String address, String email, String phone) {
    Imprint i = new Imprint();
    i.operator = Optional.ofNullable(operator);
    i.address = Optional.ofNullable(address);
    i.representative = Optional.empty();
    i.email = Optional.ofNullable(email);
    i.phone = Optional.ofNullable(phone);
    return i;
  }

  @Test
  void nothingConfiguredListsEverySettingForTheAdministrator() {
    Imprint i = imprint(null, "  ", null, null);
    assertThat(i.isConfigured()).isFalse();
    assertThat(i.getAddress()).as("blank counts as missing").isNull();
    assertThat(i.getMissingList())
        .isEqualTo(
            "TALENTBRUECKE_IMPRINT_OPERATOR, TALENTBRUECKE_IMPRINT_ADDRESS,"
                + " TALENTBRUECKE_IMPRINT_REPRESENTATIVE, TALENTBRUECKE_IMPRINT_EMAIL");
  }

  @Test
  void operatorAndAddressMakeItConfiguredAndOneContactIsEnough() {
    Imprint i = imprint(" Wirtschaftsförderung ", "Musterstraße 1, 30159 Hannover", null, "0511");
    assertThat(i.isConfigured()).isTrue();
    assertThat(i.getOperator()).isEqualTo("Wirtschaftsförderung");
    assertThat(i.getMissing()).containsExactly("TALENTBRUECKE_IMPRINT_REPRESENTATIVE");
  }
}
