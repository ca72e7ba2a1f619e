package org.talentbruecke.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Staff's review of a waiting organisation in the browser (/staff/organisation.xhtml). */
public final class StaffReview {
  private static final String CONFIRM_YES =
      ":is(.ui-confirm-dialog, .ui-confirmdialog)[aria-hidden='false'] .ui-confirmdialog-yes";

  /**
   * Opens the review page of the organisation. Other tests leave many organisations waiting, so the
   * queue may show it on a later page: its id comes from the staff API's queue.
   */
  public static void open(Browser staff, String organisation) {
    String queue =
        Http.get("/api/v1/organisations", "Authorization", "Bearer " + Http.demoToken("staff"))
            .body();
    long id =
        Json.createReader(new StringReader(queue)).readArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(o -> o.getString("name").equals(organisation))
            .findFirst()
            .orElseThrow(() -> new AssertionError(organisation + " is not waiting: " + queue))
            .getJsonNumber("id")
            .longValue();
    staff.go("/staff/organisation.xhtml?id=" + id);
    assertThat(staff.text("#organisationName")).isEqualTo(organisation);
  }

  /**
   * Verifies the organisation as staff do: opens its review, ticks "checked another way" when
   * details are missing, confirms, and waits for the queue's "is verified now".
   */
  public static void verify(Browser staff, String organisation) {
    open(staff, organisation);
    List<WebElement> acknowledge =
        staff.driver().findElements(By.cssSelector("#decide\\:missingAcknowledged .ui-chkbox-box"));
    if (!acknowledge.isEmpty()) {
      acknowledge.get(0).click();
    }
    WebElement verify = staff.find("#decide\\:verify");
    verify.click();
    staff.find(CONFIRM_YES).click();
    staff.awaitGone(verify).awaitLoaded();
    new WebDriverWait(staff.driver(), Duration.ofSeconds(15))
        .until(d -> d.findElement(By.tagName("body")).getText().contains("ist jetzt geprüft"));
  }

  private StaffReview() {}
}
