package org.talentbruecke.shared.infrastructure;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.YearMonth;

/**
 * Stores months as ISO text ("2019-03"), which sorts correctly and reads the same in every
 * database.
 */
@Converter(autoApply = true)
public class YearMonthConverter implements AttributeConverter<YearMonth, String> {
  @Override
  public String convertToDatabaseColumn(YearMonth month) {
    return month == null ? null : month.toString();
  }

  @Override
  public YearMonth convertToEntityAttribute(String text) {
    return text == null ? null : YearMonth.parse(text);
  }
}
